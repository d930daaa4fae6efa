package org.cosqual.cases.application;

import java.nio.file.Path;

/**
 * The folder of the full-text index. The web tier supplies it from its configuration, so that this
 * module reads no configuration itself.
 */
public interface SearchIndexLocation {

  Path folder();
}
