package org.cosqual.cases.domain.model.item;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ViewTallyTest {

  private final ViewTally tally = new ViewTally();

  @Test
  void totalStartsFromTheSavedCountReadOnce() {
    AtomicInteger reads = new AtomicInteger();
    assertEquals(41, tally.countView(7, () -> reads.incrementAndGet() * 40L));
    assertEquals(42, tally.countView(7, () -> reads.incrementAndGet() * 40L));
    assertEquals(1, reads.get(), "the saved count is read only at the first reading");
    assertEquals(1, tally.countView(8, () -> 0));
  }

  @Test
  void unsavedReadingsAreTakenOnceAndTotalsStay() {
    tally.countView(7, () -> 10);
    tally.countView(7, () -> 10);
    tally.countView(8, () -> 0);
    assertEquals(Map.of(7L, 2L, 8L, 1L), tally.takeUnsaved());
    assertEquals(Map.of(), tally.takeUnsaved());
    assertEquals(13, tally.countView(7, () -> 10), "the total is not reset by saving");
    assertEquals(Map.of(7L, 1L), tally.takeUnsaved());
  }

  @Test
  void readingsThatCouldNotBeSavedGoWithTheNextBatch() {
    tally.countView(7, () -> 0);
    Map<Long, Long> failed = tally.takeUnsaved();
    tally.countView(7, () -> 0);
    tally.keepUnsaved(failed);
    assertEquals(Map.of(7L, 2L), tally.takeUnsaved());
  }

  @Test
  void noReadingIsLostWhileBatchesAreTaken() throws Exception {
    ExecutorService readers = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Object>> work =
          IntStream.range(0, 4)
              .mapToObj(
                  r ->
                      (Callable<Object>)
                          () -> {
                            for (int i = 0; i < 20_000; i++) {
                              tally.countView(i % 3, () -> 0);
                            }
                            return null;
                          })
              .toList();
      var running = work.stream().map(readers::submit).toList();
      long saved = 0;
      for (var reader : running) {
        while (!reader.isDone()) {
          saved += sum(tally.takeUnsaved());
        }
      }
      saved += sum(tally.takeUnsaved());
      assertEquals(80_000, saved);
    } finally {
      readers.shutdownNow();
    }
  }

  private static long sum(Map<Long, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
