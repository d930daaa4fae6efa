package org.cosqual.portal.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Logger;
import org.cosqual.personnel.application.Mailer;
import org.cosqual.personnel.infrastructure.mail.SmtpMailer;
import org.cosqual.personnel.infrastructure.mail.SmtpSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The SMTP server from MicroProfile Config ({@code cosqual.smtp.*}, so COSQUAL_SMTP_HOST and the
 * other environment variables set it). Without a host mail is off, and the log says so once.
 */
@ApplicationScoped
public class ConfiguredMailer implements Mailer {

  public static final String HOST = "cosqual.smtp.host";
  private static final Logger LOG = Logger.getLogger(ConfiguredMailer.class.getName());

  private Optional<Mailer> smtp;

  @PostConstruct
  void readConfiguration() {
    Config config = ConfigProvider.getConfig(ConfiguredMailer.class.getClassLoader());
    smtp = settings(config).map(SmtpMailer::new);
    if (smtp.isEmpty()) {
      LOG.info("Mail is off: " + HOST + " (COSQUAL_SMTP_HOST) is not set; notices still go out");
    }
  }

  static Optional<SmtpSettings> settings(Config config) {
    Optional<String> host = text(config, HOST);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    SmtpSettings settings =
        new SmtpSettings(
            host.get(),
            config
                .getOptionalValue("cosqual.smtp.port", Integer.class)
                .orElse(SmtpSettings.DEFAULT_PORT),
            text(config, "cosqual.smtp.from").orElse("cosqual@" + host.get()),
            text(config, "cosqual.smtp.user"),
            text(config, "cosqual.smtp.password"),
            config.getOptionalValue("cosqual.smtp.starttls", Boolean.class).orElse(false));
    LOG.info(
        () ->
            "Mail goes through "
                + settings.host()
                + ":"
                + settings.port()
                + " from "
                + settings.from()
                + (settings.startTls() ? " with STARTTLS" : ""));
    return Optional.of(settings);
  }

  private static Optional<String> text(Config config, String name) {
    return config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty());
  }

  @Override
  public boolean isOn() {
    return smtp.isPresent();
  }

  @Override
  public void send(OutgoingMail mail) {
    smtp.orElseThrow(() -> new IllegalStateException("mail is off")).send(mail);
  }
}
