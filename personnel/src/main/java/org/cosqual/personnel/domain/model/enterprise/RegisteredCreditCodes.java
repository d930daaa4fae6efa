package org.cosqual.personnel.domain.model.enterprise;

import java.util.Collection;
import java.util.Set;

/** Which credit codes the register holds already, asked for many at once (an import's rows). */
public interface RegisteredCreditCodes {

  Set<CreditCode> among(Collection<CreditCode> codes);
}
