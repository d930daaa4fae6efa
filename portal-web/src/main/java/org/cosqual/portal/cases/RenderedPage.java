package org.cosqual.portal.cases;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * A public page as rendered, kept to be sent again. An item page has a slot for its readings, which
 * change with every reading: the page is kept in two parts, and the count goes between them each
 * time it is sent.
 *
 * @param after null when the page has no view-count slot
 */
public record RenderedPage(String contentType, byte[] before, byte[] after) {

  /** What an item page renders where its view count goes; never left in a page sent. */
  public static final String VIEW_COUNT_SLOT = "<!--cq:view-count-->";

  /** The page as rendered in UTF-8, split at its view-count slot if it has one. */
  public static RenderedPage of(String contentType, byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    int slot = text.indexOf(VIEW_COUNT_SLOT);
    return slot < 0
        ? new RenderedPage(contentType, html, null)
        : new RenderedPage(
            contentType,
            text.substring(0, slot).getBytes(StandardCharsets.UTF_8),
            text.substring(slot + VIEW_COUNT_SLOT.length()).getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the page links to an address within the portal ({@code href="…address"}). */
  public boolean links(String address) {
    byte[] link = (address + "\"").getBytes(StandardCharsets.UTF_8);
    return contains(before, link) || (after != null && contains(after, link));
  }

  public boolean hasViewCount() {
    return after != null;
  }

  /** Its size in memory, roughly: what the cache weighs it by. */
  public int size() {
    return before.length + (after == null ? 0 : after.length);
  }

  /** Sends the page, asking for the view count only when it has the slot. */
  public void send(HttpServletResponse response, LongSupplier viewCount) throws IOException {
    byte[] count =
        after == null
            ? new byte[0]
            : Long.toString(viewCount.getAsLong()).getBytes(StandardCharsets.US_ASCII);
    response.setContentType(contentType);
    response.setContentLength(size() + count.length);
    ServletOutputStream out = response.getOutputStream();
    out.write(before);
    if (after != null) {
      out.write(count);
      out.write(after);
    }
  }

  private static boolean contains(byte[] html, byte[] part) {
    for (int start = 0; start <= html.length - part.length; start++) {
      if (Arrays.equals(html, start, start + part.length, part, 0, part.length)) {
        return true;
      }
    }
    return false;
  }
}
