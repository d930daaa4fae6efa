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
  /** The association's workspace: its courses and content (the editor's dashboard). */
  CONTENT_DRAFT("cases:content:draft"),
  /**
   * Draft, revise and submit cases, handbooks, Q&A entries and common-problem lists: association
   * editors for their association, regulators for their unit.
   */
  CONTENT_WRITE("cases:content:write"),
  /**
   * Review (approve or return), publish and archive content of one's jurisdiction subtree, and
   * rebuild the search index.
   */
  CONTENT_PUBLISH("cases:content:publish"),
  /** Draft courses: the province's own, or an association's for a regulator's review. */
  COURSE_DRAFT("training:course:draft"),
  ENTERPRISE_OWN("personnel:enterprise:own"),
  ENTERPRISE_REGISTER("personnel:enterprise:register"),
  LEARNING_OWN("training:learning:own"),
  /**
   * Read the enterprise and staff archive within one's scope (a regulator's subtree, one's own
   * enterprise).
   */
  ARCHIVE_READ("personnel:archive:read"),
  FILING_SUBMIT("personnel:filing:submit"),
  FILING_REVIEW("personnel:filing:review"),
  /** See a full id number on explicit request; every reveal is audited. */
  ID_NUMBER_REVEAL("personnel:idnumber:reveal"),
  /** Record sanctions (从业禁止) and duty records (履职记录) on key staff. */
  SUPERVISION_RECORD("personnel:supervision:record");

  private final String code;

  Permission(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
