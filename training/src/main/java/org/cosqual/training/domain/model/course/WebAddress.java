package org.cosqual.training.domain.model.course;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/** Addresses people open from a page: http and https only, so no script runs from a link. */
public final class WebAddress {

  private WebAddress() {}

  /**
   * @param required whether a blank address is refused (else it becomes null)
   * @throws BusinessException {@code error.course.url} for anything but an http(s) address
   */
  public static String check(String typed, String labelKey, int maxLength, boolean required) {
    String url =
        required
            ? Fields.required(typed, labelKey, maxLength)
            : Fields.optional(typed, labelKey, maxLength);
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // refused below, as any other address that is no web address
    }
    throw new BusinessException("error.course.url", labelKey);
  }
}
