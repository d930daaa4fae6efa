package org.cosqual.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time zone pages show times in and read dates in: the province's (COSQUAL_TIMEZONE, by default
 * Asia/Shanghai), whatever zone the server or its container runs in. Times are stored in UTC.
 */
@Named("zone")
@ApplicationScoped
public class DisplayZone {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject
  @ConfigProperty(name = "cosqual.timezone", defaultValue = "Asia/Shanghai")
  String zoneId;

  public ZoneId get() {
    return ZoneId.of(zoneId);
  }

  /** An instant as the province's local date and time, for tables. */
  public String format(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(get()));
  }
}
