package org.cosqual.personnel.application;

import java.util.List;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;

/** What regulators and enterprises do with the enterprise register. */
public interface EnterpriseService {

  /**
   * A regulator registers an enterprise inside their own jurisdiction subtree; the credit code must
   * be new. Creates its organisation (coded by the credit code) and audits the registration.
   */
  Enterprise registerEnterprise(EnterpriseRegistration registration);

  /** The enterprises the caller may see: a regulator's subtree, or an enterprise user's own. */
  List<Enterprise> findVisibleEnterprises();
}
