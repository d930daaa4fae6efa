package org.cosqual.training.domain.model.assessment;

/**
 * Where a request on an attempt came from: the address, the browser's user agent, and a key of its
 * HTTP session (a digest, never the session id itself).
 */
public record AttemptClient(String address, String browser, String sessionKey) {

  public static final int BROWSER_MAX = 255;

  public AttemptClient {
    address = address == null ? "" : address;
    browser = browser == null ? "" : browser;
    if (browser.length() > BROWSER_MAX) {
      browser = browser.substring(0, BROWSER_MAX);
    }
    sessionKey = sessionKey == null ? "" : sessionKey;
  }

  /** The timer job that submits expired attempts. */
  public static AttemptClient system() {
    return new AttemptClient("", "", "");
  }
}
