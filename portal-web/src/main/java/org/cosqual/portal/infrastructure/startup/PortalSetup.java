package org.cosqual.portal.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.cosqual.personnel.application.IdNumberKeySource;
import org.cosqual.portal.infrastructure.database.StartupFailure;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After the migrations: demo data (the default), or the first administrator (COSQUAL_DEMO=false).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class PortalSetup {

  @Inject
  @ConfigProperty(name = "cosqual.demo", defaultValue = "true")
  boolean demo;

  @Inject IdNumberKeySource idNumberKey;
  @Inject SampleData sampleData;
  @Inject FirstAdministrator firstAdministrator;

  @PostConstruct
  void setUp() {
    try {
      idNumberKey.masterKey();
    } catch (RuntimeException e) {
      StartupFailure.exitForConfiguration(e);
      throw e;
    }
    if (demo) {
      sampleData.seed();
    } else {
      firstAdministrator.createIfNone();
    }
  }
}
