package org.cosqual.personnel.application;

import java.util.List;
import java.util.Set;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.RegistrationChange;

/**
 * An enterprise administrator asks for a change of the registered facts through a filing; a
 * regulator of the enterprise's jurisdiction approves it (the register changes, audited) or returns
 * it with a reason.
 */
public interface RegistrationChangeService {

  RegistrationChange requestChange(
      long enterpriseId,
      String name,
      String licenseNo,
      Set<EnterpriseKind> kinds,
      boolean producesItself,
      String note);

  /** Applies the requested facts to the register, from the version the page was loaded at. */
  void approveChange(long changeId, long version, String comment);

  void returnChange(long changeId, long version, String reason);

  /** A regulator's pending requests, oldest first. */
  List<RegistrationChange> findPendingChanges();

  /** An enterprise's requests, newest first, for its administrator or a regulator over it. */
  List<RegistrationChange> findEnterpriseChanges(long enterpriseId);
}
