package org.cosqual.portal.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
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

  @Inject SampleData sampleData;
  @Inject FirstAdministrator firstAdministrator;

  @PostConstruct
  void setUp() {
    if (demo) {
      sampleData.seed();
    } else {
      firstAdministrator.createIfNone();
    }
  }
}
