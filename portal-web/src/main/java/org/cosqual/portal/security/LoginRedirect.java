package org.cosqual.portal.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends the browser to another page. A Faces ajax request cannot follow an HTTP redirect, so it
 * gets a partial response that tells the Faces script to navigate instead.
 */
final class LoginRedirect {

  private LoginRedirect() {}

  static boolean isFacesAjax(ServletRequest request) {
    return "partial/ajax".equals(((HttpServletRequest) request).getHeader("Faces-Request"));
  }

  static void send(ServletRequest request, ServletResponse response, String path)
      throws IOException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse out = (HttpServletResponse) response;
    String url = http.getContextPath() + path;
    if (isFacesAjax(request)) {
      out.setContentType("text/xml");
      out.setCharacterEncoding("UTF-8");
      out.getWriter()
          .printf(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"%s\"/></partial-response>",
              url);
    } else {
      out.sendRedirect(url);
    }
  }
}
