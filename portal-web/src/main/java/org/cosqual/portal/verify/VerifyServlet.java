package org.cosqual.portal.verify;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address printed on documents and in their QR codes, {@code /public/verify/{code}}: shows the
 * verification page for that code.
 */
@WebServlet("/public/verify/*")
public class VerifyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where the printed address leads; also the page where a code is typed by hand. */
  public static final String PAGE = "/public/verify.xhtml";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    String code = path == null ? "" : path.substring(1);
    request
        .getRequestDispatcher(PAGE + "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
        .forward(request, response);
  }

  /** The printed address of a code, under the portal's address. */
  public static String address(HttpServletRequest request, String code) {
    String base =
        request.getScheme()
            + "://"
            + request.getServerName()
            + (isDefaultPort(request) ? "" : ":" + request.getServerPort())
            + request.getContextPath();
    return base + "/public/verify/" + code;
  }

  private static boolean isDefaultPort(HttpServletRequest request) {
    int port = request.getServerPort();
    return ("http".equals(request.getScheme()) && port == 80)
        || ("https".equals(request.getScheme()) && port == 443);
  }
}
