package org.cosqual.personnel.infrastructure.mail;

import java.util.Optional;

/**
 * Where mail goes: the SMTP server, the sender address, and optionally an account on the server and
 * STARTTLS.
 */
public record SmtpSettings(
    String host,
    int port,
    String from,
    Optional<String> user,
    Optional<String> password,
    boolean startTls) {

  public static final int DEFAULT_PORT = 25;
}
