package org.cosqual.portal.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The language links: a GET with {@code lang=en} or {@code lang=zh-CN} remembers the choice and
 * sends the visitor back to the same address without it. Links rather than a form, so the pages of
 * anonymous visitors hold no form state and start no session.
 */
public class LanguageChoiceFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> choice =
        "GET".equals(request.getMethod())
            ? SessionUser.choiceIn(request.getQueryString())
            : Optional.empty();
    if (choice.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    SessionUser.choose(request.getSession(), choice.get());
    String rest = SessionUser.withoutChoice(request.getQueryString());
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
  }
}
