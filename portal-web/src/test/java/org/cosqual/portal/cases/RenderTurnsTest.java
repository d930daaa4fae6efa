package org.cosqual.portal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderTurnsTest {

  @Test
  void atMostTheConfiguredNumberRenderAtOnceAndTheOthersWait() throws Exception {
    RenderTurns turns = new RenderTurns();
    turns.configured = 2;
    turns.create();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService visitors = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> renders = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        renders.add(
            visitors.submit(
                () -> {
                  turns.render(
                      () -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        try {
                          finish.await();
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        running.decrementAndGet();
                        done.incrementAndGet();
                      });
                  return null;
                }));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (turns.waiting() < 4 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(4, turns.waiting());
      assertEquals(2, running.get());
      finish.countDown();
      for (Future<?> render : renders) {
        render.get(10, TimeUnit.SECONDS);
      }
      assertEquals(2, most.get());
      assertEquals(6, done.get());
    } finally {
      visitors.shutdownNow();
    }
  }

  @Test
  void byDefaultTwoRenderPerProcessor() {
    RenderTurns turns = new RenderTurns();
    assertEquals(2 * Runtime.getRuntime().availableProcessors(), turns.atOnce());
  }
}
