package org.cosqual.cases.domain.model.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of sanitised HTML, for the search index, the PDF and diffs: a line per block. */
public final class PlainText {

  private static final Pattern BLOCK_END =
      Pattern.compile("(?i)<br\\s*/?>|</(p|div|h[1-6]|li|tr|blockquote|pre|table|ul|ol)>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-z]+);");
  private static final Pattern BLANK_LINES = Pattern.compile("[ \\t\\x0B\\f\\r]*\\n\\s*");

  private PlainText() {}

  public static String of(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll("\n")).replaceAll("");
    return BLANK_LINES.matcher(unescape(text)).replaceAll("\n").strip();
  }

  private static String unescape(String text) {
    Matcher entity = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (entity.find()) {
      entity.appendReplacement(out, Matcher.quoteReplacement(character(entity.group(1))));
    }
    entity.appendTail(out);
    return out.toString();
  }

  private static String character(String name) {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      return Character.toString(Integer.parseInt(name.substring(2), 16));
    }
    if (name.startsWith("#")) {
      return Character.toString(Integer.parseInt(name.substring(1)));
    }
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      default -> "&" + name + ";";
    };
  }
}
