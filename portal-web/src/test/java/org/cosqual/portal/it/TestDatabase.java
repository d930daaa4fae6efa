package org.cosqual.portal.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests a database of their own on the test MariaDB server: created before
 * the first test (and so before Payara Micro starts and migrates it), dropped after the last. The
 * build passes its name; only names starting with {@code cosqual_it_} are ever created or dropped,
 * so the demo database is never touched.
 */
public class TestDatabase implements LauncherSessionListener {

  static final String SERVER = "cosqual.test.db.server";
  static final String NAME = "cosqual.test.db.name";
  private static final String PREFIX = "cosqual_it_";

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (name() != null) {
      execute("CREATE DATABASE `" + name() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (name() != null) {
      execute("DROP DATABASE IF EXISTS `" + name() + "`");
    }
  }

  /** A connection to the test database itself, for tests that look at rows directly. */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty(SERVER) + name(),
        System.getProperty("cosqual.test.db.user"),
        password());
  }

  private static String name() {
    String name = System.getProperty(NAME);
    if (name == null) {
      return null;
    }
    if (!name.startsWith(PREFIX) || !name.matches("[a-z0-9_]+")) {
      throw new IllegalStateException("Refusing to create or drop a test database named " + name);
    }
    return name;
  }

  private static String password() {
    String password = System.getProperty("cosqual.test.db.password");
    return password == null ? "" : password;
  }

  private static void execute(String sql) {
    String server = System.getProperty(SERVER);
    try (Connection connection =
            DriverManager.getConnection(
                server, System.getProperty("cosqual.test.db.user"), password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "No MariaDB answers at "
              + server
              + " for the tests ("
              + e.getMessage()
              + "). Start one (Debian: apt-get install mariadb-server) or point -Dtest.db.server,"
              + " -Dtest.db.user and -Dtest.db.password at one.",
          e);
    }
  }
}
