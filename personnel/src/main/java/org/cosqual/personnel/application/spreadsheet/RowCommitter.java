package org.cosqual.personnel.application.spreadsheet;

import java.util.List;
import java.util.function.Consumer;

/**
 * Saves validated rows in batches, one transaction per batch; when a batch fails, its rows are
 * saved again one per transaction, so one bad row costs no good one and is reported with its cause.
 */
public interface RowCommitter {

  int BATCH_SIZE = 500;

  /**
   * @param inBatch saves one item among the others of its batch; it may rely on the checks made
   *     before and should issue no query, so that the whole batch is written at commit
   * @param alone saves one item in a transaction of its own, with every check: what the items of a
   *     failed batch are saved again with, so that a refusal names its real reason
   * @return the items that could not be saved, each with why; neither function may catch what it
   *     throws
   */
  default <T> List<Refusal<T>> commit(List<T> items, Consumer<T> inBatch, Consumer<T> alone) {
    return commit(items, BATCH_SIZE, inBatch, alone);
  }

  /**
   * As {@link #commit(List, Consumer, Consumer)}, in batches of {@code batchSize}: smaller ones for
   * rows whose saving queries the database, since each query first flushes what the batch has
   * written so far.
   */
  <T> List<Refusal<T>> commit(List<T> items, int batchSize, Consumer<T> inBatch, Consumer<T> alone);

  /** As {@link #commit(List, Consumer, Consumer)}, with one way of saving. */
  default <T> List<Refusal<T>> commit(List<T> items, Consumer<T> save) {
    return commit(items, save, save);
  }

  record Refusal<T>(T item, RuntimeException cause) {}
}
