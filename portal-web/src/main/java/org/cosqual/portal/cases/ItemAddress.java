package org.cosqual.portal.cases;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a readable address under {@code /public/items/} names: an item ({@code /42}) or its handbook
 * PDF ({@code /42/handbook.pdf}); anything else names nothing.
 */
public record ItemAddress(long itemId, boolean handbookPdf) {

  public static final String HANDBOOK_PDF = "handbook.pdf";

  private static final Pattern PATH =
      Pattern.compile("/(\\d{1,18})(/" + Pattern.quote(HANDBOOK_PDF) + ")?/?");

  /**
   * @param pathInfo the part of the address after {@code /public/items}
   */
  public static Optional<ItemAddress> parse(String pathInfo) {
    if (pathInfo == null) {
      return Optional.empty();
    }
    Matcher matcher = PATH.matcher(pathInfo);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new ItemAddress(Long.parseLong(matcher.group(1)), matcher.group(2) != null));
  }

  /**
   * The item whose page a path within the portal is ({@code /public/items/42}; not its PDF, nor an
   * address with a query).
   */
  public static Optional<Long> itemPage(String path) {
    return path.startsWith(PublicItemServlet.PATH)
        ? parse(path.substring(PublicItemServlet.PATH.length() - 1))
            .filter(address -> !address.handbookPdf())
            .map(ItemAddress::itemId)
        : Optional.empty();
  }
}
