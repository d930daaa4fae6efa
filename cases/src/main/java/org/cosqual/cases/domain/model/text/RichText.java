package org.cosqual.cases.domain.model.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Sanitises rich text on save (OWASP Java HTML Sanitizer): paragraphs, headings, lists, tables and
 * inline formatting stay; scripts, styles, event handlers, forms and frames go; links keep only
 * http, https and mailto addresses; an image stays only when it shows one of the item's uploaded
 * images through the portal's attachment address.
 */
public final class RichText {

  /** Where the portal serves an item's attachment; an optional context path may come first. */
  public static final String ATTACHMENT_PATH = "/public/attachments/";

  public static final int MAX_LENGTH = 200_000;

  private static final Pattern ATTACHMENT_SRC =
      Pattern.compile("(?:/[A-Za-z0-9_.-]+)?" + Pattern.quote(ATTACHMENT_PATH) + "(\\d{1,18})");

  private static final PolicyFactory TEXT =
      new HtmlPolicyBuilder()
          .allowCommonBlockElements()
          .allowCommonInlineFormattingElements()
          .allowElements(
              "table",
              "thead",
              "tbody",
              "tfoot",
              "tr",
              "td",
              "th",
              "caption",
              "pre",
              "code",
              "hr",
              "br",
              "span",
              "blockquote")
          .allowAttributes("colspan", "rowspan")
          .matching(Pattern.compile("[1-9][0-9]?"))
          .onElements("td", "th")
          .allowElements("a")
          .allowAttributes("href", "title")
          .onElements("a")
          .allowUrlProtocols("http", "https", "mailto")
          .requireRelsOnLinks("noopener", "noreferrer")
          .toFactory();

  private RichText() {}

  /**
   * The HTML to store for what an editor submitted.
   *
   * @param imageIds the ids of the stored files attached to the item that are images; any other
   *     image source is dropped together with its image
   */
  public static String sanitise(String html, Set<Long> imageIds) {
    if (html == null || html.isBlank()) {
      return "";
    }
    PolicyFactory images =
        new HtmlPolicyBuilder()
            .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
            .allowAttributes("src")
            .matching((element, attribute, value) -> attachment(value, imageIds))
            .onElements("img")
            .allowAttributes("alt", "title", "width", "height")
            .onElements("img")
            .toFactory();
    return TEXT.and(images).sanitize(html).strip();
  }

  private static String attachment(String src, Set<Long> imageIds) {
    Matcher matcher = ATTACHMENT_SRC.matcher(src.strip());
    return matcher.matches() && imageIds.contains(Long.parseLong(matcher.group(1)))
        ? src.strip()
        : null;
  }
}
