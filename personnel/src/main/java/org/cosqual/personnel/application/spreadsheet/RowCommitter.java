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
   * @param save saves one item inside the current transaction; it must not catch what it throws
   * @return the items that could not be saved, each with why
   */
  <T> List<Refusal<T>> commit(List<T> items, Consumer<T> save);

  record Refusal<T>(T item, RuntimeException cause) {}
}
