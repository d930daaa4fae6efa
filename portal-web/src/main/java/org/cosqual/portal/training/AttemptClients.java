package org.cosqual.portal.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cosqual.training.domain.model.assessment.AttemptClient;

/**
 * Where the current request on an attempt comes from: the address, the browser's user agent, and
 * the SHA-256 of the HTTP session id, so the attempt's log tells two sessions apart without ever
 * storing a session id.
 */
@RequestScoped
public class AttemptClients {

  @Inject HttpServletRequest request;

  public AttemptClient current() {
    return new AttemptClient(
        request.getRemoteAddr(),
        request.getHeader("User-Agent"),
        sessionKey(request.getSession(true).getId()));
  }

  static String sessionKey(String sessionId) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(sessionId.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
