package org.cosqual.personnel.domain.model.enterprise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.testing.TestEntities;

/**
 * Enterprises in a list; {@link #store} gives a new one the next id. The search follows the JPA
 * repository's rules (part matches, node or subtree, scope, order with ties by name and id); the
 * version does not rise on a change, tests set it with {@link TestEntities#withVersion}.
 */
public class FakeEnterpriseRepository implements EnterpriseRepository {

  private final List<Enterprise> all = new ArrayList<>();

  @Override
  public Optional<Enterprise> find(long id) {
    return all.stream().filter(e -> e.getId() == id).findFirst();
  }

  @Override
  public Optional<Enterprise> findByCreditCode(CreditCode creditCode) {
    return all.stream().filter(e -> e.getCreditCode().equals(creditCode)).findFirst();
  }

  @Override
  public Optional<Enterprise> findByOrganisation(long organisationId) {
    return all.stream().filter(e -> e.getOrganisation().getId() == organisationId).findFirst();
  }

  @Override
  public List<Enterprise> findInSubtree(String pathPrefix) {
    return all.stream()
        .filter(e -> e.getOrganisation().getJurisdiction().getPath().startsWith(pathPrefix))
        .toList();
  }

  @Override
  public List<Enterprise> search(
      EnterpriseQuery query, EnterpriseScope scope, int first, int pageSize) {
    return all.stream()
        .filter(e -> scope.includes(e) && matches(query, e))
        .sorted(order(query))
        .skip(first)
        .limit(pageSize)
        .toList();
  }

  @Override
  public long count(EnterpriseQuery query, EnterpriseScope scope) {
    return all.stream().filter(e -> scope.includes(e) && matches(query, e)).count();
  }

  @Override
  public Optional<Enterprise> findVisible(long id, EnterpriseScope scope) {
    return all.stream().filter(e -> e.getId() == id && scope.includes(e)).findFirst();
  }

  @Override
  public Optional<Enterprise> lockForChange(long id, EnterpriseScope scope) {
    return findVisible(id, scope);
  }

  @Override
  public Enterprise store(Enterprise enterprise) {
    all.add(TestEntities.withId(enterprise, all.size() + 1L));
    return enterprise;
  }

  private static boolean matches(EnterpriseQuery query, Enterprise e) {
    return contains(e.getName(), query.name())
        && contains(e.getCreditCode().value(), query.creditCode())
        && inJurisdiction(e.getJurisdiction(), query)
        && (query.kind() == null || e.getKinds().contains(query.kind()))
        && (query.riskGrade() == null || query.riskGrade() == e.getRiskGrade())
        && (query.status() == null || query.status() == e.getStatus());
  }

  private static boolean contains(String value, String part) {
    return part == null
        || part.isBlank()
        || value.toLowerCase(Locale.ROOT).contains(part.strip().toLowerCase(Locale.ROOT));
  }

  private static boolean inJurisdiction(JurisdictionNode node, EnterpriseQuery query) {
    String code = query.jurisdictionCode();
    if (code == null || code.isBlank()) {
      return true;
    }
    for (JurisdictionNode n = node;
        n != null;
        n = query.withSubordinates() ? n.getParent() : null) {
      if (n.getCode().equals(code.strip())) {
        return true;
      }
    }
    return false;
  }

  private static Comparator<Enterprise> order(EnterpriseQuery query) {
    Function<Enterprise, String> key =
        switch (query.sort()) {
          case NAME -> Enterprise::getName;
          case CREDIT_CODE -> e -> e.getCreditCode().value();
          case LICENSE_NO -> e -> e.getLicenseNo() == null ? "" : e.getLicenseNo().value();
          case JURISDICTION -> e -> e.getJurisdiction().getPath();
          case RISK_GRADE -> e -> e.getRiskGrade() == null ? "" : e.getRiskGrade().name();
          case STATUS -> e -> e.getStatus().name();
        };
    Comparator<Enterprise> primary = Comparator.comparing(key);
    return (query.descending() ? primary.reversed() : primary)
        .thenComparing(Enterprise::getName)
        .thenComparing(Enterprise::getId);
  }
}
