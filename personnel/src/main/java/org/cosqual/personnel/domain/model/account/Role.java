package org.cosqual.personnel.domain.model.account;

import static org.cosqual.personnel.domain.model.account.Permission.*;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;

/**
 * The roles of DESIGN.md §1, each with its permissions and the kind of organisation its holder must
 * belong to (empty where the role stands above organisations).
 */
public enum Role {
  SYSTEM_ADMIN(null, ACCOUNT_MANAGE, ORGANISATION_MANAGE, ORGANISATION_VIEW),
  AUDIT_ADMIN(null, AUDIT_READ, AUDIT_VERIFY),
  REGULATOR_ADMIN(
      OrganisationKind.REGULATOR_UNIT,
      REGULATION_MANAGE,
      REGULATION_VIEW,
      COURSE_DRAFT,
      ORGANISATION_VIEW,
      ENTERPRISE_REGISTER,
      TRAINING_OWN,
      ARCHIVE_READ,
      FILING_REVIEW,
      ID_NUMBER_REVEAL,
      SUPERVISION_RECORD,
      CONTENT_WRITE,
      CONTENT_PUBLISH),
  REGULATOR(
      OrganisationKind.REGULATOR_UNIT,
      REGULATION_VIEW,
      ORGANISATION_VIEW,
      ENTERPRISE_REGISTER,
      TRAINING_OWN,
      ARCHIVE_READ,
      FILING_REVIEW,
      SUPERVISION_RECORD,
      CONTENT_WRITE),
  ASSOCIATION_EDITOR(OrganisationKind.ASSOCIATION, CONTENT_DRAFT, CONTENT_WRITE, COURSE_DRAFT),
  ENTERPRISE_ADMIN(OrganisationKind.ENTERPRISE, ENTERPRISE_OWN, ARCHIVE_READ, FILING_SUBMIT),
  KEY_STAFF(null, LEARNING_OWN);

  private final OrganisationKind requiredKind;
  private final Set<Permission> permissions;

  Role(OrganisationKind requiredKind, Permission first, Permission... rest) {
    this.requiredKind = requiredKind;
    this.permissions = EnumSet.of(first, rest);
  }

  public Set<Permission> permissions() {
    return EnumSet.copyOf(permissions);
  }

  /** The kind of organisation a holder of this role must belong to, if any. */
  public Optional<OrganisationKind> requiredKind() {
    return Optional.ofNullable(requiredKind);
  }

  /** 三员分立: the one who administers accounts is never the one who audits them. */
  public boolean isSeparatedDuty() {
    return this == SYSTEM_ADMIN || this == AUDIT_ADMIN;
  }
}
