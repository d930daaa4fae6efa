package org.cosqual.portal.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredDataDirectoryTest {

  @Test
  void takesTheConfiguredFolder() {
    assertEquals(
        Path.of("/srv/cosqual/data"),
        ConfiguredDataDirectory.resolve(Optional.of(" /srv/cosqual/data/ "), "/home/alice"));
  }

  @Test
  void defaultsToTheDataFolderInTheUsersCosqualHome() {
    Path expected = Path.of("/home/alice/.cosqual/data");
    assertEquals(expected, ConfiguredDataDirectory.resolve(Optional.empty(), "/home/alice"));
    assertEquals(expected, ConfiguredDataDirectory.resolve(Optional.of("  "), "/home/alice"));
  }

  @Test
  void makesARelativeFolderAbsolute() {
    assertEquals(
        Path.of("").toAbsolutePath().resolve("data"),
        ConfiguredDataDirectory.resolve(Optional.of("./data"), "/home/alice"));
  }
}
