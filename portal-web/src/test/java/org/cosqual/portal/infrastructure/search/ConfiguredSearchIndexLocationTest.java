package org.cosqual.portal.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredSearchIndexLocationTest {

  private static final Path DATA = Path.of("/var/lib/cosqual/data");

  @Test
  void underTheDataDirectoryUnlessConfigured() {
    assertEquals(
        Path.of("/var/lib/cosqual/data/search-index"),
        ConfiguredSearchIndexLocation.resolve(Optional.empty(), DATA));
    assertEquals(
        Path.of("/var/lib/cosqual/data/search-index"),
        ConfiguredSearchIndexLocation.resolve(Optional.of("  "), DATA));
    assertEquals(
        Path.of("/srv/index"),
        ConfiguredSearchIndexLocation.resolve(Optional.of(" /srv/index "), DATA));
  }
}
