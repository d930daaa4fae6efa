package org.cosqual.personnel.infrastructure.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.cosqual.personnel.application.Mailer;

/** Sends plain-text UTF-8 mail through one SMTP server with Jakarta Mail. */
public class SmtpMailer implements Mailer {

  /** How long to wait for the server to connect and to answer, in milliseconds. */
  private static final String TIMEOUT = "20000";

  private final Session session;
  private final InternetAddress from;

  public SmtpMailer(SmtpSettings settings) {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", String.valueOf(settings.port()));
    properties.put("mail.smtp.connectiontimeout", TIMEOUT);
    properties.put("mail.smtp.timeout", TIMEOUT);
    properties.put("mail.smtp.writetimeout", TIMEOUT);
    properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
    properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
    Authenticator authenticator = null;
    if (settings.user().isPresent()) {
      properties.put("mail.smtp.auth", "true");
      PasswordAuthentication credentials =
          new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return credentials;
            }
          };
    }
    this.session = Session.getInstance(properties, authenticator);
    try {
      this.from = new InternetAddress(settings.from(), true);
    } catch (MessagingException e) {
      throw new IllegalArgumentException("bad sender address " + settings.from(), e);
    }
  }

  @Override
  public boolean isOn() {
    return true;
  }

  @Override
  public void send(OutgoingMail mail) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(from);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(Instant.now()));
      Transport.send(message);
    } catch (MessagingException e) {
      throw new MailNotSentException("mail to " + mail.to() + " not sent: " + e.getMessage(), e);
    }
  }
}
