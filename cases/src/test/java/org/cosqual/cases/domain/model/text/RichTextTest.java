package org.cosqual.cases.domain.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

  private static final Set<Long> IMAGES = Set.of(42L);

  /** Payloads from the OWASP XSS filter evasion cheat sheet and common variants. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"/public/attachments/42\" onerror=\"alert(1)\">",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<a href=\"javascript:alert(1)\">点我</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">点我</a>",
        "<a href=\" javascript:alert(1)\">点我</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">点我</a>",
        "<a href=\"vbscript:msgbox(1)\">点我</a>",
        "<p onclick=\"alert(1)\">段落</p>",
        "<p onmouseover=alert(1)>段落</p>",
        "<body onload=alert(1)>",
        "<svg/onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<input onfocus=alert(1) autofocus>",
        "<details open ontoggle=alert(1)>",
        "<div style=\"background-image: url(javascript:alert(1))\">x</div>",
        "<p style=\"width: expression(alert(1))\">x</p>",
        "<style>@import 'http://xss.rocks/xss.css';</style>",
        "<link rel=stylesheet href=\"http://xss.rocks/xss.css\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<td background=\"javascript:alert(1)\">x</td>",
        "<<script>alert(1);//<</script>",
        "<scr<script>ipt>alert(1)</script>",
        "<img \"\"\"><script>alert(1)</script>\">",
        "<a href=\"#\" onclick=\"alert(1)\">x</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<video><source onerror=\"alert(1)\"></video>",
        "<audio src=x onerror=alert(1)>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">x</a>",
        "<xss onafterscriptexecute=alert(1)><script>1</script>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<template><script>alert(1)</script></template>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<a href=\"https://example.org\" target=\"_blank\" onclick=\"steal()\">x</a>",
      })
  void noScriptHandlerOrScriptLinkSurvives(String payload) {
    String clean = RichText.sanitise(payload, IMAGES).toLowerCase(Locale.ROOT);
    assertFalse(clean.contains("<script"), clean);
    assertFalse(clean.matches("(?s).*\\son[a-z]+\\s*=.*"), clean);
    assertFalse(clean.contains("javascript:"), clean);
    assertFalse(clean.contains("vbscript:"), clean);
    assertFalse(clean.contains("data:"), clean);
    assertFalse(clean.contains("<iframe"), clean);
    assertFalse(clean.contains("<object"), clean);
    assertFalse(clean.contains("<embed"), clean);
    assertFalse(clean.contains("<style"), clean);
    assertFalse(clean.contains("style="), clean);
    assertFalse(clean.contains("<svg"), clean);
    assertFalse(clean.contains("<form"), clean);
    assertFalse(clean.contains("<base"), clean);
    assertFalse(clean.contains("<meta"), clean);
    assertFalse(clean.contains("<link"), clean);
    assertFalse(clean.contains("srcdoc"), clean);
    assertFalse(clean.matches("(?s).*<img(?![^>]*src=\"/public/attachments/42\").*"), clean);
  }

  @Test
  void theTextAnEditorMeansStays() {
    String html =
        "<h2>第一章</h2><p>质量安全负责人<strong>应当</strong>履职。</p><ul><li>一</li></ul>"
            + "<table><tr><td colspan=\"2\">表</td></tr></table>";
    String clean = RichText.sanitise(html, IMAGES);
    assertTrue(clean.contains("<h2>第一章</h2>"), clean);
    assertTrue(clean.contains("<strong>应当</strong>"), clean);
    assertTrue(clean.contains("<li>一</li>"), clean);
    assertTrue(clean.contains("colspan=\"2\""), clean);
  }

  @Test
  void linksKeepHttpAddressesAndOpenWithoutTheOpener() {
    String clean = RichText.sanitise("<a href=\"https://www.nmpa.gov.cn/\">国家药监局</a>", IMAGES);
    assertTrue(clean.contains("href=\"https://www.nmpa.gov.cn/\""), clean);
    assertTrue(clean.contains("noopener"), clean);
  }

  @Test
  void imagesOnlyFromTheItemsOwnUploadedImages() {
    assertTrue(
        RichText.sanitise("<img src=\"/public/attachments/42\" alt=\"图\">", IMAGES)
            .contains("src=\"/public/attachments/42\""));
    assertTrue(
        RichText.sanitise("<img src=\"/cosqual/public/attachments/42\">", IMAGES)
            .contains("src=\"/cosqual/public/attachments/42\""),
        "under a context path");
    assertEquals("", RichText.sanitise("<img src=\"/public/attachments/43\">", IMAGES));
    assertEquals("", RichText.sanitise("<img src=\"https://evil.example/x.png\">", IMAGES));
    assertEquals(
        "", RichText.sanitise("<img src=\"//evil.example/public/attachments/42\">", IMAGES));
    assertEquals("", RichText.sanitise("<img src=\"/public/attachments/42?x=1\">", IMAGES));
    assertEquals("", RichText.sanitise("<img alt=\"无图\">", IMAGES));
  }

  @Test
  void blankTextIsEmpty() {
    assertEquals("", RichText.sanitise(null, IMAGES));
    assertEquals("", RichText.sanitise("   ", IMAGES));
  }

  @Test
  void plainTextOfSanitisedHtml() {
    String clean = RichText.sanitise("<p>A &amp; B</p><p>“引号” &lt;标签&gt;</p>", IMAGES);
    assertEquals("A & B\n“引号” <标签>", PlainText.of(clean));
  }
}
