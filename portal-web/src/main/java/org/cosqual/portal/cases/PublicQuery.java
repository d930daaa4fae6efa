package org.cosqual.portal.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** An address of a public page with its query: parameters without a value are left out. */
public final class PublicQuery {

  private final String path;
  private final StringJoiner query = new StringJoiner("&");

  private PublicQuery(String path) {
    this.path = path;
  }

  public static PublicQuery of(String path) {
    return new PublicQuery(path);
  }

  public PublicQuery with(String name, String value) {
    if (value != null && !value.isBlank()) {
      query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return this;
  }

  @Override
  public String toString() {
    return query.length() == 0 ? path : path + "?" + query;
  }
}
