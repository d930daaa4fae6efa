package org.cosqual.portal.infrastructure.startup;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Logs, once, how long the process took from its start to its first HTTP 200, and tells the
 * application the address it answers on ({@link PortalAnswering}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class FirstResponseTimer extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(FirstResponseTimer.class.getName());
  private final AtomicBoolean logged = new AtomicBoolean();

  @Inject Event<PortalAnswering> answering;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    if (!logged.get()
        && response.getStatus() == HttpServletResponse.SC_OK
        && logged.compareAndSet(false, true)) {
      long millis =
          System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
      LOG.info(
          () ->
              String.format(
                  "Startup to first HTTP 200: %.1f s (%s)",
                  millis / 1000.0, request.getRequestURI()));
      answering.fire(new PortalAnswering(localBase(request)));
    }
  }

  private static URI localBase(HttpServletRequest request) {
    try {
      return new URI(
          "http",
          null,
          request.getLocalAddr(),
          request.getLocalPort(),
          request.getContextPath() + "/",
          null,
          null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("no address for " + request.getLocalAddr(), e);
    }
  }
}
