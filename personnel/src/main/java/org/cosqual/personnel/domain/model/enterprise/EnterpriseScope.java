package org.cosqual.personnel.domain.model.enterprise;

/**
 * Which enterprises a caller may see or change, applied inside the repository's query: every
 * enterprise, those under a jurisdiction subtree (a materialised path prefix), one organisation's
 * own, or none.
 */
public record EnterpriseScope(boolean unlimited, String pathPrefix, Long organisationId) {

  private static final EnterpriseScope EVERYTHING = new EnterpriseScope(true, null, null);
  private static final EnterpriseScope NOTHING = new EnterpriseScope(false, null, null);

  public static EnterpriseScope everything() {
    return EVERYTHING;
  }

  public static EnterpriseScope nothing() {
    return NOTHING;
  }

  /** The enterprises whose jurisdiction path starts with {@code pathPrefix} ("/1/4/"). */
  public static EnterpriseScope subtree(String pathPrefix) {
    return new EnterpriseScope(false, pathPrefix, null);
  }

  public static EnterpriseScope organisation(long organisationId) {
    return new EnterpriseScope(false, null, organisationId);
  }

  /** The same rule as the repository's query, for an enterprise already at hand. */
  public boolean includes(Enterprise enterprise) {
    if (unlimited) {
      return true;
    }
    if (pathPrefix != null) {
      return enterprise.getJurisdiction().getPath().startsWith(pathPrefix);
    }
    return organisationId != null && organisationId.equals(enterprise.getOrganisation().getId());
  }
}
