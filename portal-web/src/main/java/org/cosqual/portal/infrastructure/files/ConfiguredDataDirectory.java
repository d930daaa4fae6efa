package org.cosqual.portal.infrastructure.files;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.cosqual.personnel.application.DataDirectory;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The data directory from MicroProfile Config: {@code cosqual.data.dir}, so the environment
 * variable COSQUAL_DATA_DIR sets it; by default {@code ~/.cosqual/data}, where the local launcher
 * keeps it too.
 */
@ApplicationScoped
public class ConfiguredDataDirectory implements DataDirectory {

  public static final String PROPERTY = "cosqual.data.dir";
  private static final Logger LOG = Logger.getLogger(ConfiguredDataDirectory.class.getName());

  private Path root;

  @PostConstruct
  void readConfiguration() {
    root =
        resolve(
            ConfigProvider.getConfig(ConfiguredDataDirectory.class.getClassLoader())
                .getOptionalValue(PROPERTY, String.class),
            System.getProperty("user.home"));
    LOG.info(() -> "Uploaded files are kept in " + root);
  }

  @Override
  public Path root() {
    return root;
  }

  static Path resolve(Optional<String> configured, String userHome) {
    return configured
        .filter(value -> !value.isBlank())
        .map(value -> Path.of(value.strip()))
        .orElseGet(() -> Path.of(userHome, ".cosqual", "data"))
        .toAbsolutePath()
        .normalize();
  }
}
