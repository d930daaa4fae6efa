package org.cosqual.personnel.domain.model.account;

/**
 * What a role allows. The code is the permission string the web tier's URL rules and the services'
 * {@code Caller.require} checks both use.
 */
public enum Permission {
  ACCOUNT_MANAGE("personnel:account:manage"),
  ORGANISATION_MANAGE("personnel:organisation:manage"),
  ORGANISATION_VIEW("personnel:organisation:view"),
  AUDIT_READ("personnel:audit:read"),
  AUDIT_VERIFY("personnel:audit:verify"),
  REGULATION_MANAGE("regulation:manage"),
  REGULATION_VIEW("regulation:view"),
  TRAINING_OWN("training:own"),
  CONTENT_DRAFT("cases:content:draft"),
  ENTERPRISE_OWN("personnel:enterprise:own"),
  ENTERPRISE_REGISTER("personnel:enterprise:register"),
  LEARNING_OWN("training:learning:own");

  private final String code;

  Permission(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
