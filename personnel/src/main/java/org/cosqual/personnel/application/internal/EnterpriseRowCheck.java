package org.cosqual.personnel.application.internal;

import static org.cosqual.personnel.application.EnterpriseSheet.ADDRESS;
import static org.cosqual.personnel.application.EnterpriseSheet.CREDIT_CODE;
import static org.cosqual.personnel.application.EnterpriseSheet.JURISDICTION;
import static org.cosqual.personnel.application.EnterpriseSheet.KINDS;
import static org.cosqual.personnel.application.EnterpriseSheet.LICENSE_NO;
import static org.cosqual.personnel.application.EnterpriseSheet.NAME;
import static org.cosqual.personnel.application.EnterpriseSheet.PRODUCES_ITSELF;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cosqual.personnel.application.EnterpriseRegistration;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.application.spreadsheet.SheetRow;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.LicenseNo;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * Checks the rows of one enterprise file before anything is saved, with the rules registration
 * applies (the same value objects and the enterprise's own guards on an unsaved copy), plus what
 * only a file can get wrong: the same credit code twice. Every error of a row is reported, each
 * with its column.
 */
final class EnterpriseRowCheck {

  /** A row to register, or one left as it is, or the reasons it is refused. */
  record Checked(
      int row,
      EnterpriseRegistration registration,
      Long jurisdictionId,
      boolean unchanged,
      List<RowError> errors) {}

  private final Map<String, JurisdictionNode> byCode;
  private final Map<String, List<JurisdictionNode>> byName;
  private final String scope;
  private final Set<CreditCode> registered;
  private final Clock clock;
  private final Map<CreditCode, Integer> firstRow = new HashMap<>();

  /**
   * @param scope the materialised path of the caller's jurisdiction subtree ("" when none)
   * @param registered the credit codes of the file that the register holds already
   */
  EnterpriseRowCheck(
      List<JurisdictionNode> jurisdictions, String scope, Set<CreditCode> registered, Clock clock) {
    this.byCode =
        jurisdictions.stream().collect(Collectors.toMap(JurisdictionNode::getCode, j -> j));
    this.byName = jurisdictions.stream().collect(Collectors.groupingBy(JurisdictionNode::getName));
    this.scope = scope;
    this.registered = registered;
    this.clock = clock;
  }

  /** The credit code a row gives, if it is a valid one. */
  static CreditCode creditCodeOf(SheetRow row) {
    try {
      return CreditCode.of(row.text(CREDIT_CODE));
    } catch (BusinessException e) {
      return null;
    }
  }

  Checked check(SheetRow row) {
    List<RowError> errors = new ArrayList<>();
    int number = row.number();
    CreditCode code =
        RowError.attempt(errors, number, CREDIT_CODE, () -> CreditCode.of(row.text(CREDIT_CODE)));
    if (code != null) {
      Integer first = firstRow.putIfAbsent(code, number);
      if (first != null) {
        errors.add(
            RowError.of(
                number, CREDIT_CODE, "error.enterpriseImport.duplicateRow", code.value(), first));
        return new Checked(number, null, null, false, errors);
      }
      if (registered.contains(code)) {
        return new Checked(number, null, null, true, List.of());
      }
    }
    String name =
        RowError.attempt(
            errors, number, NAME, () -> Fields.required(row.text(NAME), NAME, Enterprise.NAME_MAX));
    String licenceText = row.text(LICENSE_NO);
    LicenseNo licence =
        licenceText == null
            ? null
            : RowError.attempt(errors, number, LICENSE_NO, () -> LicenseNo.of(licenceText, clock));
    JurisdictionNode jurisdiction =
        RowError.attempt(errors, number, JURISDICTION, () -> jurisdiction(row.text(JURISDICTION)));
    String address =
        RowError.attempt(
            errors,
            number,
            ADDRESS,
            () -> Fields.optional(row.text(ADDRESS), ADDRESS, Enterprise.ADDRESS_MAX));
    Set<EnterpriseKind> kinds = row.enums(KINDS, EnterpriseKind.class);
    boolean producesItself = row.flag(PRODUCES_ITSELF);
    if (!errors.isEmpty()) {
      return new Checked(number, null, null, false, errors);
    }
    try {
      // The enterprise's own guards (a licence for makers, at least one kind), on an unsaved copy.
      new Enterprise(
          new Organisation(code.value(), name, OrganisationKind.ENTERPRISE, jurisdiction),
          code,
          licence,
          kinds,
          producesItself,
          address);
    } catch (BusinessException refusal) {
      return new Checked(number, null, null, false, List.of(error(number, refusal)));
    }
    return new Checked(
        number,
        new EnterpriseRegistration(
            name,
            code.value(),
            licence == null ? null : licence.value(),
            kinds,
            producesItself,
            jurisdiction.getCode(),
            address),
        jurisdiction.getId(),
        false,
        List.of());
  }

  /** A registration refused at save time (e.g. a credit code registered meanwhile). */
  static RowError error(int row, BusinessException refusal) {
    return RowError.of(
        row, columnOf(refusal.getMessageKey()), refusal.getMessageKey(), refusal.getArguments());
  }

  /** The column a refusal concerns, from its key: error.<subject>.<rule>. */
  private static String columnOf(String messageKey) {
    String[] parts = messageKey.split("\\.");
    String subject = parts.length > 1 ? parts[1] : "";
    return switch (subject) {
      case "creditCode" -> CREDIT_CODE;
      case "licenseNo" -> LICENSE_NO;
      default ->
          switch (messageKey) {
            case "error.enterprise.creditCodeTaken" -> CREDIT_CODE;
            case "error.enterprise.licenseRequired" -> LICENSE_NO;
            case "error.enterprise.noKind" -> KINDS;
            case "error.enterprise.outsideJurisdiction" -> JURISDICTION;
            default -> null;
          };
    };
  }

  private JurisdictionNode jurisdiction(String codeOrName) {
    JurisdictionNode node = byCode.get(codeOrName);
    if (node == null) {
      List<JurisdictionNode> named = byName.getOrDefault(codeOrName, List.of());
      if (named.size() > 1) {
        throw new BusinessException("error.enterpriseImport.jurisdictionAmbiguous", codeOrName);
      }
      if (named.isEmpty()) {
        throw new BusinessException("error.enterpriseImport.jurisdictionUnknown", codeOrName);
      }
      node = named.get(0);
    }
    if (scope.isEmpty() || !node.getPath().startsWith(scope)) {
      throw new BusinessException("error.enterprise.outsideJurisdiction", node.getName());
    }
    return node;
  }
}
