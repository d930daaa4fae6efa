package org.cosqual.portal.infrastructure.database;

import java.sql.SQLException;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The MariaDB data source behind the application's pool, configured from {@link DatabaseSettings}
 * when the pool creates it. (Annotation placeholders cannot express an empty password.)
 */
public class CosQualDataSource extends MariaDbDataSource {

  public CosQualDataSource() throws SQLException {
    DatabaseSettings settings = DatabaseSettings.fromConfig();
    setUrl(settings.url());
    setUser(settings.user());
    setPassword(settings.password());
  }
}
