package org.cosqual.personnel.domain.model.audit;

/** What an audit entry records. */
public enum AuditAction {
  SIGN_IN,
  SIGN_IN_FAILED,
  ACCOUNT_LOCKED,
  SIGN_OUT,
  ACCOUNT_CREATED,
  ACCOUNT_ROLES_CHANGED,
  ACCOUNT_DISABLED,
  ACCOUNT_ENABLED,
  ACCOUNT_UNLOCKED,
  PASSWORD_CHANGED,
  PASSWORD_RESET,
  AUDIT_VERIFIED,
  ENTERPRISE_REGISTERED,
  /** Name, licence, kinds or jurisdiction changed by a regulator; detail: field: old → new. */
  ENTERPRISE_CHANGED,
  ENTERPRISE_RISK_GRADED,
  ENTERPRISE_STATUS_CHANGED,
  ENTERPRISE_CONTACT_CHANGED
}
