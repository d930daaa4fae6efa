package org.cosqual.portal.infrastructure.startup;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/** Logs, once, how long the process took from its start to its first HTTP 200. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class FirstResponseTimer extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(FirstResponseTimer.class.getName());
  private final AtomicBoolean logged = new AtomicBoolean();

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
    }
  }
}
