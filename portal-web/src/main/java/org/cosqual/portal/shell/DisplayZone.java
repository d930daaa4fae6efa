package org.cosqual.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
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
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject
  @ConfigProperty(name = "cosqual.timezone", defaultValue = "Asia/Shanghai")
  String zoneId;

  /** Also what services read the province's local time in (training sessions' dates and times). */
  @Produces
  public ZoneId get() {
    return ZoneId.of(zoneId);
  }

  /** A local date and time already in the province's zone (a session's start), to the minute. */
  public String formatLocal(LocalDateTime time) {
    return time == null ? "" : MINUTES.format(time);
  }

  /** An instant as the province's local time of day, to the second (an answer's "saved" mark). */
  public String formatTime(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(get()));
  }

  /** An instant as the province's local date and time, for tables. */
  public String format(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(get()));
  }
}
