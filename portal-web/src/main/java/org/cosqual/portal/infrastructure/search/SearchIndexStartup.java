package org.cosqual.portal.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cosqual.cases.application.SearchService;

/**
 * Builds the search index from the database when there is none, once the schema and the demo data
 * are in place. A failure is logged and leaves the portal up: search then finds nothing until an
 * administrator rebuilds the index.
 */
@Startup
@Singleton
@DependsOn("PortalSetup")
public class SearchIndexStartup {

  private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());

  @Inject SearchService search;

  @PostConstruct
  void buildIfOutdated() {
    try {
      search.rebuildIndexIfOutdated();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Cannot build the search index", e);
    }
  }
}
