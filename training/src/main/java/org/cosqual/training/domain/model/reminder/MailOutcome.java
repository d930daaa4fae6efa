package org.cosqual.training.domain.model.reminder;

/** What became of a reminder's e-mail; the in-app notice goes out in every case. */
public enum MailOutcome {
  SENT,
  /** The person has no e-mail address. */
  NO_ADDRESS,
  /** Mail is switched off: no SMTP server is configured. */
  MAIL_OFF,
  /** The SMTP server refused it or could not be reached; it is not tried again. */
  FAILED
}
