package org.cosqual.portal.infrastructure.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The MariaDB data source behind the application's pool, configured from {@link DatabaseSettings}
 * when the pool creates it (annotation placeholders cannot express an empty password). The first
 * one created tries the database before JPA does, so an unreachable database ends the start with a
 * message naming its URL.
 */
public class CosQualDataSource extends MariaDbDataSource {

  private static final AtomicBoolean REACHED = new AtomicBoolean();

  public CosQualDataSource() throws SQLException {
    DatabaseSettings settings = DatabaseSettings.fromConfig();
    setUrl(settings.url());
    setUser(settings.user());
    setPassword(settings.password());
    if (!REACHED.get()) {
      try (Connection probe = super.getConnection()) {
        REACHED.set(true);
      } catch (SQLException e) {
        StartupFailure.exitForDatabase(settings.url(), e);
        throw e;
      }
    }
  }
}
