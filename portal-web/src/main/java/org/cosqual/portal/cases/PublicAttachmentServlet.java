package org.cosqual.portal.cases;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.cosqual.cases.application.ContentService;
import org.cosqual.cases.domain.model.text.RichText;
import org.cosqual.personnel.application.FileStore;
import org.cosqual.personnel.domain.model.file.FileFormat;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.portal.shell.FileDownload;

/**
 * An item's attachment at {@code /public/attachments/{file id}}, the address images in rich text
 * use: images and PDFs shown in the browser, other files saved. The service decides whether the
 * visitor may have it; an unknown or forbidden file is answered with the 404 page.
 */
@WebServlet(RichText.ATTACHMENT_PATH + "*")
public class PublicAttachmentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ContentService content;
  @Inject FileStore files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null || !path.matches("/\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    StoredFile file;
    try {
      file = content.getAttachment(Long.parseLong(path.substring(1)));
    } catch (NotFoundException unknown) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream in = files.open(file)) {
      response.setContentType(file.getMediaType());
      FileDownload.headers(file, !shownInBrowser(file)).forEach(response::setHeader);
      in.transferTo(response.getOutputStream());
    }
  }

  /** Images and PDFs open in the browser; documents and sheets are saved. */
  static boolean shownInBrowser(StoredFile file) {
    return FileFormat.ofMediaType(file.getMediaType())
        .map(f -> f.isImage() || f == FileFormat.PDF)
        .orElse(false);
  }
}
