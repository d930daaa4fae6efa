package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cosqual.personnel.application.spreadsheet.RowCommitter;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * One transaction per batch keeps a large import fast (the audit chain head is locked once per
 * batch, not once per row); a failed batch is rolled back whole and its rows saved again one by
 * one, so the good ones are kept and the bad one is named.
 */
@ApplicationScoped
public class BatchRowCommitter implements RowCommitter {

  private static final Logger LOG = Logger.getLogger(BatchRowCommitter.class.getName());

  @Inject Transactions transactions;

  @Override
  public <T> List<Refusal<T>> commit(
      List<T> items, int batchSize, Consumer<T> inBatch, Consumer<T> alone) {
    List<Refusal<T>> refused = new ArrayList<>();
    for (int from = 0; from < items.size(); from += batchSize) {
      List<T> batch = items.subList(from, Math.min(items.size(), from + batchSize));
      try {
        transactions.inNewTransaction(() -> batch.forEach(inBatch));
      } catch (RuntimeException batchFailed) {
        for (T item : batch) {
          try {
            transactions.inNewTransaction(() -> alone.accept(item));
          } catch (RuntimeException e) {
            if (!(e instanceof BusinessException)) {
              LOG.log(Level.WARNING, "A validated row could not be saved: " + item, e);
            }
            refused.add(new Refusal<>(item, e));
          }
        }
      }
    }
    return refused;
  }
}
