package org.cosqual.cases.domain.model.item;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Readings of published items counted in memory, so that a reading costs no write: each item's
 * total as readers see it, and the readings not yet added to the database, taken off in batches. An
 * item's total starts from the database the first time it is read after a start; from then on this
 * node counts it, so readings on other nodes show here only after a restart.
 */
public final class ViewTally {

  private final Map<Long, AtomicLong> totals = new ConcurrentHashMap<>();
  private final Map<Long, Long> unsaved = new ConcurrentHashMap<>();

  /** Counts one reading and answers the item's total with it. */
  public long countView(long itemId, LongSupplier saved) {
    unsaved.merge(itemId, 1L, Long::sum);
    return totals
        .computeIfAbsent(itemId, id -> new AtomicLong(saved.getAsLong()))
        .incrementAndGet();
  }

  /** The readings not yet saved, per item, leaving none behind. */
  public Map<Long, Long> takeUnsaved() {
    Map<Long, Long> taken = new HashMap<>();
    for (Long itemId : unsaved.keySet()) {
      Long count = unsaved.remove(itemId);
      if (count != null) {
        taken.put(itemId, count);
      }
    }
    return taken;
  }

  /** Puts back readings that could not be saved, to go with the next batch. */
  public void keepUnsaved(Map<Long, Long> counts) {
    counts.forEach((itemId, count) -> unsaved.merge(itemId, count, Long::sum));
  }
}
