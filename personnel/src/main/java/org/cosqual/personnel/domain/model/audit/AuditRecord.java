package org.cosqual.personnel.domain.model.audit;

import java.util.Objects;

/**
 * What a service asks the trail to record: who acted, what they did, on what, with which detail and
 * from where. The trail adds the sequence number, time and hashes.
 */
public record AuditRecord(
    String actor, AuditAction action, String target, String detail, String remoteAddress) {

  public static final int ACTOR_MAX = 64;
  public static final int TARGET_MAX = 128;
  public static final int DETAIL_MAX = 1000;
  public static final int ADDRESS_MAX = 64;

  public AuditRecord {
    Objects.requireNonNull(action);
    actor = clip(actor, ACTOR_MAX);
    target = clip(target, TARGET_MAX);
    detail = clip(detail, DETAIL_MAX);
    remoteAddress = clip(remoteAddress, ADDRESS_MAX);
  }

  private static String clip(String value, int max) {
    if (value == null) {
      return "";
    }
    return value.length() <= max ? value : value.substring(0, max);
  }
}
