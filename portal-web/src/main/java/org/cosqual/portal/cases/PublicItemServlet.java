package org.cosqual.portal.cases;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ItemVersion;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.portal.shell.SessionUser;
import org.omnifaces.util.Servlets;

/**
 * The readable address of a published item, {@code /public/items/{id}}: shows its page; {@code
 * /public/items/{id}/handbook.pdf} sends a handbook as a PDF. Anything else under that path, and an
 * item the visitor may not read, is answered with the 404 page.
 */
@WebServlet(PublicItemServlet.PATH + "*")
public class PublicItemServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String PATH = "/public/items/";

  static final String PAGE = "/public/item.xhtml";

  @Inject ContentService content;
  @Inject HandbookPdf handbookPdf;
  @Inject SessionUser user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Optional<ItemAddress> address = ItemAddress.parse(request.getPathInfo());
    if (address.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else if (address.get().handbookPdf()) {
      sendHandbook(address.get().itemId(), response);
    } else {
      request
          .getRequestDispatcher(PAGE + "?id=" + address.get().itemId())
          .forward(request, response);
    }
  }

  private void sendHandbook(long itemId, HttpServletResponse response) throws IOException {
    ItemVersion version;
    try {
      version = content.readItem(itemId);
    } catch (NotFoundException unknown) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (version.getItem().getKind() != ItemKind.HANDBOOK) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = user.getLocale();
    byte[] pdf = handbookPdf.render(version, locale);
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        Servlets.formatContentDispositionHeader(handbookPdf.fileName(version, locale), true));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
