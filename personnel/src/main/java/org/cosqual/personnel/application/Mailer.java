package org.cosqual.personnel.application;

/**
 * Sends mail, for any module. Mail may be switched off (no SMTP server configured): then nothing is
 * sent and {@link #isOn()} says so, so callers can record that no mail went out.
 */
public interface Mailer {

  boolean isOn();

  /**
   * Sends one plain-text message now.
   *
   * @throws MailNotSentException when the server refuses it or cannot be reached
   */
  void send(OutgoingMail mail);

  /** One plain-text message to one recipient. */
  record OutgoingMail(String to, String subject, String body) {}

  /** The SMTP server refused the message or could not be reached. */
  class MailNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailNotSentException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
