package org.cosqual.portal.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cosqual.portal.infrastructure.database.DataSourceConfiguration;
import org.cosqual.portal.infrastructure.database.DatabaseSettings;
import org.cosqual.portal.infrastructure.database.StartupFailure;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database: each module's migrations
 * with its own history table, in dependency order. If that fails the process ends, naming the URL,
 * rather than serving pages that cannot work.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  /** The modules owning tables, in the order their migrations must run. */
  static final List<String> MODULES = List.of("personnel", "training", "cases");

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    try {
      for (String module : MODULES) {
        int applied =
            Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + module)
                .table("flyway_" + module + "_history")
                // Several modules share one schema: a module meeting the others' tables starts at
                // 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load()
                .migrate()
                .migrationsExecuted;
        LOG.info(
            () ->
                "Schema of " + module + " is up to date (" + applied + " migrations applied now)");
      }
    } catch (RuntimeException e) {
      StartupFailure.exitForDatabase(DatabaseSettings.fromConfig().url(), e);
      throw e;
    }
  }
}
