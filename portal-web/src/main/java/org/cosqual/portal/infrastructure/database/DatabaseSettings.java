package org.cosqual.portal.infrastructure.database;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the database is. Read through MicroProfile Config, so the environment variables
 * COSQUAL_DB_URL, COSQUAL_DB_USER and COSQUAL_DB_PASSWORD override the defaults (a local MariaDB).
 */
public record DatabaseSettings(String url, String user, String password) {

  public static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/cosqual";
  public static final String DEFAULT_USER = "root";

  public static DatabaseSettings fromConfig() {
    Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
    return new DatabaseSettings(
        config.getOptionalValue("cosqual.db.url", String.class).orElse(DEFAULT_URL),
        config.getOptionalValue("cosqual.db.user", String.class).orElse(DEFAULT_USER),
        config.getOptionalValue("cosqual.db.password", String.class).orElse(""));
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url=" + url + ", user=" + user + "]";
  }
}
