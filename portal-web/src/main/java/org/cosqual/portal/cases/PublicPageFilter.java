package org.cosqual.portal.cases;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.cosqual.cases.application.ContentService;
import org.omnifaces.servlet.BufferedHttpServletResponse;

/**
 * Sends the knowledge portal's public pages (home, lists, search, item pages) to visitors without a
 * session from {@link PublicPageCache}, rendering a page only when it is not kept; visitors with a
 * session (signed in, or who chose a language) get every page rendered, as it may show who they
 * are. An anonymous visitor's page is rendered in its turn ({@link RenderTurns}). Either way an
 * item page's view count is counted (unless {@link PublicPageWarmer} asks) and filled in here.
 * Declared before Shiro, so a kept page costs no security or JSF work: every page it keeps is
 * readable by anyone.
 */
public class PublicPageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Set<String> LISTS =
      Set.of("/public/", "/public/index.xhtml", "/public/items.xhtml", "/public/search.xhtml");

  @Inject PublicPageCache cache;
  @Inject ContentService content;
  @Inject PublicPageWarmer warmer;
  @Inject RenderTurns turns;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(PublicItemServlet.PAGE)) {
      // An item page is reached at its readable address only, where its view count is filled in.
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<Long> itemId = ItemAddress.itemPage(path);
    if (!"GET".equals(request.getMethod()) || (itemId.isEmpty() && !LISTS.contains(path))) {
      chain.doFilter(request, response);
      return;
    }
    String address =
        request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    boolean anonymous = request.getSession(false) == null;
    LongSupplier views =
        warmer.isWarming(request) ? () -> 0 : () -> content.countView(itemId.orElseThrow());
    Optional<RenderedPage> kept = anonymous ? cache.find(address) : Optional.empty();
    if (kept.isPresent()) {
      kept.get().send(response, views);
      return;
    }
    long generation = cache.generation();
    PageCapture capture = new PageCapture(response);
    if (anonymous) {
      turns.render(() -> chain.doFilter(request, capture));
    } else {
      chain.doFilter(request, capture);
    }
    byte[] html = capture.getBuffer();
    if (capture.getStatus() != HttpServletResponse.SC_OK) {
      if (html.length > 0 && !response.isCommitted()) {
        response.getOutputStream().write(html);
      }
      return;
    }
    RenderedPage page = RenderedPage.of(capture.getContentType(), html);
    // A page that started a session may show it (a message kept for the next page, say).
    if (anonymous && request.getSession(false) == null) {
      cache.keep(address, page, generation);
    }
    page.send(response, views);
  }

  /** The response kept in memory until the page is known to be complete and 200. */
  private static final class PageCapture extends BufferedHttpServletResponse {

    PageCapture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void flushBuffer() {
      // kept until the filter sends the whole page
    }
  }
}
