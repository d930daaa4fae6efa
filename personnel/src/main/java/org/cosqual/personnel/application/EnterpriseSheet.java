package org.cosqual.personnel.application;

import java.util.stream.Stream;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseStatus;
import org.cosqual.personnel.domain.model.enterprise.RiskGrade;

/**
 * The enterprise sheet: the columns of the enterprise import, its template and exports of the
 * register. Each key is the bundle key of its header.
 */
public final class EnterpriseSheet {

  public static final String NAME = "enterpriseSheet.name";
  public static final String CREDIT_CODE = "enterpriseSheet.creditCode";
  public static final String LICENSE_NO = "enterpriseSheet.licenseNo";
  public static final String KINDS = "enterpriseSheet.kinds";
  public static final String PRODUCES_ITSELF = "enterpriseSheet.producesItself";

  /** The jurisdiction's code, or its name when no other node has the same one. */
  public static final String JURISDICTION = "enterpriseSheet.jurisdiction";

  public static final String ADDRESS = "enterpriseSheet.address";

  public static final SheetLayout LAYOUT =
      SheetLayout.of(
          "enterpriseSheet.title",
          Column.text(NAME).asRequired().width(36),
          Column.text(CREDIT_CODE).asRequired().width(24),
          Column.text(LICENSE_NO).width(16),
          Column.choices(KINDS, EnterpriseKind.values()).asRequired().width(26),
          Column.flag(PRODUCES_ITSELF).width(12),
          Column.text(JURISDICTION).asRequired().width(16),
          Column.text(ADDRESS).width(40));

  public static final String RISK_GRADE = "enterpriseSheet.riskGrade";
  public static final String STATUS = "enterpriseSheet.status";

  /**
   * The register as a list: the import's columns (so an export can be edited and imported), then
   * the regulators' own facts.
   */
  public static final SheetLayout EXPORT =
      SheetLayout.of(
          "enterpriseSheet.title",
          Stream.concat(
                  LAYOUT.columns().stream(),
                  Stream.of(
                      Column.choice(RISK_GRADE, RiskGrade.values()).width(10),
                      Column.choice(STATUS, EnterpriseStatus.values()).width(10)))
              .toArray(Column[]::new));

  private EnterpriseSheet() {}
}
