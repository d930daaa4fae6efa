package org.cosqual.personnel.domain.model.enterprise;

/** The roles an enterprise plays under the cosmetics regulation (注册人 / 备案人 / 受托生产企业). */
public enum EnterpriseKind {
  REGISTRANT,
  FILER,
  CONTRACT_MANUFACTURER
}
