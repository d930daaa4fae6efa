package org.cosqual.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The MariaDB server the integration tests use: system properties test.db.server, test.db.user and
 * test.db.password (failsafe passes the parent pom's properties). Each test makes its own schemas.
 */
final class TestDatabaseServer {

  private final String serverUrl;
  private final String user;
  private final String password;

  private TestDatabaseServer(String serverUrl, String user, String password) {
    this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
    this.user = user;
    this.password = password;
  }

  static TestDatabaseServer fromSystemProperties() {
    return new TestDatabaseServer(
        System.getProperty("test.db.server", "jdbc:mariadb://127.0.0.1:3306/"),
        System.getProperty("test.db.user", "root"),
        System.getProperty("test.db.password", ""));
  }

  /** A schema name no other run uses, for example cosqual_it_deploy_backup_1a2b3c4d. */
  static String uniqueSchemaName(String purpose) {
    return "cosqual_it_deploy_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
  }

  String createSchema(String purpose) throws SQLException {
    String name = uniqueSchemaName(purpose);
    execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    return name;
  }

  void dropSchema(String name) throws SQLException {
    execute("DROP DATABASE IF EXISTS `" + name + "`");
  }

  Connection connect(String schema) throws SQLException {
    return DriverManager.getConnection(url(schema), user, password);
  }

  String url(String schema) {
    return serverUrl + schema;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
