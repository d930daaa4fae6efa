package org.cosqual.portal.cases;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders of public pages for anonymous visitors, at most COSQUAL_PUBLIC_RENDERS at once (by
 * default two per processor); the others wait their turn in the order they came. Rendering is work
 * for the processors: fifty renders at once end no sooner in all than fifty in turn, but each takes
 * up to fifty times as long as alone, and signed-in users find no processor free. In turn, a
 * visitor waits for the renders before theirs and then for their own alone.
 */
@ApplicationScoped
public class RenderTurns {

  @Inject
  @ConfigProperty(name = "cosqual.public-renders", defaultValue = "0")
  int configured;

  private Semaphore turns;

  @PostConstruct
  void create() {
    turns = new Semaphore(atOnce(), true);
  }

  /** How many renders run at once. */
  int atOnce() {
    return configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
  }

  /** How many renders wait for their turn. */
  int waiting() {
    return turns.getQueueLength();
  }

  /** Runs the render when its turn comes. */
  public void render(Render render) throws IOException, ServletException {
    turns.acquireUninterruptibly();
    try {
      render.run();
    } finally {
      turns.release();
    }
  }

  /** A page's render: the rest of the filter chain. */
  @FunctionalInterface
  public interface Render {
    void run() throws IOException, ServletException;
  }
}
