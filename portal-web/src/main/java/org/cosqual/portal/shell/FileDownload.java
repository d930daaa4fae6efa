package org.cosqual.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cosqual.personnel.application.FileStore;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.omnifaces.util.Servlets;

/**
 * Sends a stored file as the response of a (non-ajax) request. A backing bean calls it with a file
 * its owning service handed out, so permission and scope are checked there, never here.
 *
 * <p>Not OmniFaces' {@code Faces.sendFile}: that takes the content type from the file name, and an
 * upload's name may say anything. This sends the type detected from the content, with the same RFC
 * 5987 file name encoding ({@code filename*=UTF-8''...}) so Chinese names arrive intact.
 */
@ApplicationScoped
public class FileDownload {

  /** The content type of the xlsx files the portal writes (templates, lists, reports). */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject FileStore fileStore;

  /**
   * @param attachment true to have the browser save the file, false to show it (a PDF, a scan)
   */
  public void send(StoredFile file, boolean attachment) {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext response = context.getExternalContext();
    // Opened first: a file missing from the disk is refused while the page can still say so.
    try (InputStream in = fileStore.open(file)) {
      response.responseReset();
      response.setResponseContentType(file.getMediaType());
      headers(file, attachment).forEach(response::setResponseHeader);
      try (OutputStream out = response.getResponseOutputStream()) {
        in.transferTo(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  public static Map<String, String> headers(StoredFile file, boolean attachment) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(
        "Content-Disposition",
        Servlets.formatContentDispositionHeader(file.getFileName(), attachment));
    headers.put("Content-Length", Long.toString(file.getSize()));
    // The browser must not guess another type from the bytes (an "image" holding HTML).
    headers.put("X-Content-Type-Options", "nosniff");
    return headers;
  }
}
