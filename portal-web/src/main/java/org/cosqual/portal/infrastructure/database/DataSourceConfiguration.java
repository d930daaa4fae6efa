package org.cosqual.portal.infrastructure.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the application's one connection pool. */
@ApplicationScoped
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "org.cosqual.portal.infrastructure.database.CosQualDataSource",
    minPoolSize = 2,
    maxPoolSize = 40,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation"
    })
public class DataSourceConfiguration {

  public static final String JNDI_NAME = "java:app/jdbc/cosqual";
}
