package org.cosqual.portal.personnel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;

/** The kinds ticked in a form's checkboxes, as the services take them. */
final class EnterpriseKinds {

  private EnterpriseKinds() {}

  static Set<EnterpriseKind> of(EnterpriseKind[] ticked) {
    EnumSet<EnterpriseKind> kinds = EnumSet.noneOf(EnterpriseKind.class);
    if (ticked != null) {
      kinds.addAll(Arrays.asList(ticked));
    }
    return kinds;
  }
}
