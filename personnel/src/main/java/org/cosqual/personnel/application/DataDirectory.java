package org.cosqual.personnel.application;

import java.nio.file.Path;

/**
 * The folder this installation keeps its uploaded files in (COSQUAL_DATA_DIR). The web tier
 * supplies it from its configuration, so that this module reads no configuration itself.
 */
public interface DataDirectory {

  Path root();
}
