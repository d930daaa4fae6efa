package org.cosqual.portal.infrastructure.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cosqual.cases.application.ContentService;

/**
 * Adds the public pages' readings, counted in memory, to the items every ten seconds and once more
 * when the portal stops, so that a reading costs no database write. A reading counted in the last
 * seconds before the process is killed is lost, which a view count can bear.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ViewCountSchedule {

  private static final Logger LOG = Logger.getLogger(ViewCountSchedule.class.getName());

  @Inject ContentService content;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void saveViewCounts() {
    try {
      content.saveViewCounts();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "View counts were not saved; they go with the next batch", e);
    }
  }

  @PreDestroy
  void saveBeforeStopping() {
    saveViewCounts();
  }
}
