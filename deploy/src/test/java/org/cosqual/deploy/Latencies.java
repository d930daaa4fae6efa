package org.cosqual.deploy;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Quantiles of request latencies, for the benchmarks' reports. */
final class Latencies {

  private Latencies() {}

  /** The quantile (0 to 1) of latencies in nanoseconds sorted ascending, in milliseconds. */
  static long millis(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int at = (int) Math.ceil(quantile * sorted.size()) - 1;
    return TimeUnit.NANOSECONDS.toMillis(sorted.get(Math.max(0, Math.min(at, sorted.size() - 1))));
  }
}
