package org.cosqual.portal.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.cosqual.cases.application.SearchIndexLocation;
import org.cosqual.personnel.application.DataDirectory;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The index folder from MicroProfile Config: {@code cosqual.search.index.dir}, so the environment
 * variable COSQUAL_SEARCH_INDEX_DIR sets it; by default {@code search-index} in the data directory.
 * The index can always be rebuilt from the database, so backups may leave it out.
 */
@ApplicationScoped
public class ConfiguredSearchIndexLocation implements SearchIndexLocation {

  public static final String PROPERTY = "cosqual.search.index.dir";
  static final String DEFAULT_FOLDER = "search-index";
  private static final Logger LOG = Logger.getLogger(ConfiguredSearchIndexLocation.class.getName());

  @Inject DataDirectory dataDirectory;

  private Path folder;

  @PostConstruct
  void readConfiguration() {
    folder =
        resolve(
            ConfigProvider.getConfig(ConfiguredSearchIndexLocation.class.getClassLoader())
                .getOptionalValue(PROPERTY, String.class),
            dataDirectory.root());
    LOG.info(() -> "The search index is kept in " + folder);
  }

  @Override
  public Path folder() {
    return folder;
  }

  static Path resolve(Optional<String> configured, Path dataRoot) {
    return configured
        .filter(value -> !value.isBlank())
        .map(value -> Path.of(value.strip()))
        .orElseGet(() -> dataRoot.resolve(DEFAULT_FOLDER))
        .toAbsolutePath()
        .normalize();
  }
}
