package org.cosqual.personnel.domain.model.enterprise;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** The credit codes a fake register holds. */
public class FakeRegisteredCreditCodes implements RegisteredCreditCodes {

  private final EnterpriseRepository enterprises;

  public FakeRegisteredCreditCodes(EnterpriseRepository enterprises) {
    this.enterprises = enterprises;
  }

  @Override
  public Set<CreditCode> among(Collection<CreditCode> codes) {
    return codes.stream()
        .filter(c -> enterprises.findByCreditCode(c).isPresent())
        .collect(Collectors.toSet());
  }
}
