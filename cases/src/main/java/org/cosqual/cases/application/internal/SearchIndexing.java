package org.cosqual.cases.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.cosqual.cases.application.ContentArchived;
import org.cosqual.cases.application.ContentPublished;
import org.cosqual.cases.domain.model.search.SearchIndex;

/**
 * Keeps the index in step with what is published, once the change is committed: a rolled-back
 * publication never reaches the index.
 */
@ApplicationScoped
class SearchIndexing {

  @Inject SearchIndex index;

  void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentPublished event) {
    index.put(event.item());
  }

  void archived(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentArchived event) {
    index.remove(event.itemId());
  }
}
