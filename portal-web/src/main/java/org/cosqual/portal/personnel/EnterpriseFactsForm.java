package org.cosqual.portal.personnel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;

/**
 * The registered facts a regulator types when registering or changing an enterprise: name,
 * production licence, roles (ticked in checkboxes), whether it produces itself, and jurisdiction.
 * Kept as typed until a save succeeds.
 */
public class EnterpriseFactsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String licenseNo;
  private EnterpriseKind[] kinds = {};
  private boolean producesItself;
  private String jurisdictionCode;

  /** The ticked roles, as the services take them. */
  Set<EnterpriseKind> chosenKinds() {
    EnumSet<EnterpriseKind> chosen = EnumSet.noneOf(EnterpriseKind.class);
    if (kinds != null) {
      chosen.addAll(Arrays.asList(kinds));
    }
    return chosen;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLicenseNo() {
    return licenseNo;
  }

  public void setLicenseNo(String licenseNo) {
    this.licenseNo = licenseNo;
  }

  public EnterpriseKind[] getKinds() {
    return kinds;
  }

  public void setKinds(EnterpriseKind[] kinds) {
    this.kinds = kinds;
  }

  public boolean isProducesItself() {
    return producesItself;
  }

  public void setProducesItself(boolean producesItself) {
    this.producesItself = producesItself;
  }

  public String getJurisdictionCode() {
    return jurisdictionCode;
  }

  public void setJurisdictionCode(String jurisdictionCode) {
    this.jurisdictionCode = jurisdictionCode;
  }
}
