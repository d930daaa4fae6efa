package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.application.spreadsheet.Spreadsheets;
import org.cosqual.portal.shell.FileDownload;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.training.application.ComplianceReportService;
import org.cosqual.training.application.HourCorrection;
import org.cosqual.training.application.TrainingLedgerService;
import org.cosqual.training.domain.model.compliance.ComplianceReport;
import org.cosqual.training.domain.model.compliance.ComplianceReport.Standing;
import org.cosqual.training.domain.model.requirement.TrainingCategory;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Training completion: a regulator administrator's view of their jurisdiction against the year's
 * requirement, by node and unit, with the people of a unit, those at risk, the spread of hours and
 * an xlsx of everyone.
 */
@Named("compliance")
@ViewScoped
public class ComplianceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final SheetLayout EXPORT =
      SheetLayout.of(
          "training_compliance.title",
          Column.text("general.personName").width(12),
          Column.text("training_compliance.unit").width(30),
          Column.text("training_compliance.jurisdiction").width(14),
          Column.decimal("training_ledger.hours").width(10),
          Column.decimal("training_compliance.expected").width(10),
          Column.text("general.status").width(10));

  @Inject transient ComplianceReportService reports;
  @Inject transient TrainingLedgerService ledger;
  @Inject transient Spreadsheets spreadsheets;
  @Inject transient Clock clock;

  private int year;
  private Long unitId;
  private Long correcting;
  private String correctingName;
  private String correctionTitle;
  private LocalDate correctionDate;
  private BigDecimal correctionHours;
  private String correctionCategory;
  private String correctionReason;
  private transient ComplianceReport report;

  public void load() {
    if (year == 0) {
      year = LocalDate.now(clock).getYear();
    }
    report = null;
  }

  public ComplianceReport getReport() {
    if (report == null) {
      report = reports.complianceReport(year);
    }
    return report;
  }

  /** The people of the unit drilled into. */
  public List<Standing> getUnitPeople() {
    return unitId == null
        ? List.of()
        : getReport().people().stream().filter(s -> s.regulator().unitId() == unitId).toList();
  }

  /** The height of each bar of the distribution, in percent of the tallest. */
  public List<Integer> getBarHeights() {
    List<Integer> counts = getReport().distribution();
    int tallest = Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(1));
    return counts.stream().map(c -> c * 100 / tallest).toList();
  }

  public StreamedContent getExport() {
    List<List<?>> rows =
        getReport().people().stream()
            .<List<?>>map(
                s ->
                    Arrays.asList(
                        s.regulator().name(),
                        s.regulator().unitName(),
                        s.regulator().jurisdictionName(),
                        s.progress().hours().value(),
                        s.progress().expected(),
                        PageMessages.text("ProgressStatus." + s.progress().status())))
            .toList();
    return DefaultStreamedContent.builder()
        .name(PageMessages.text("training_compliance.fileName", year))
        .contentType(FileDownload.XLSX)
        .writer(out -> spreadsheets.writeList(EXPORT, PageMessages::text, rows, out))
        .build();
  }

  public void startCorrection(Standing standing) {
    correcting = standing.regulator().personId();
    correctingName = standing.regulator().name();
    correctionTitle = null;
    correctionDate = null;
    correctionHours = null;
    correctionCategory = null;
    correctionReason = null;
  }

  public void correct() {
    if (PageActions.attempt(
        () ->
            ledger.correctHours(
                correcting,
                new HourCorrection(
                    correctionTitle,
                    correctionDate,
                    correctionHours,
                    correctionCategory,
                    correctionReason)))) {
      PageMessages.info("training_compliance.message.corrected", correctingName);
      correcting = null;
      report = null;
    }
  }

  public List<TrainingCategory> getCategories() {
    return ledger.findCategories();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return List.of(now, now - 1, now - 2);
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public Long getCorrecting() {
    return correcting;
  }

  public String getCorrectingName() {
    return correctingName;
  }

  public String getCorrectionTitle() {
    return correctionTitle;
  }

  public void setCorrectionTitle(String correctionTitle) {
    this.correctionTitle = correctionTitle;
  }

  public LocalDate getCorrectionDate() {
    return correctionDate;
  }

  public void setCorrectionDate(LocalDate correctionDate) {
    this.correctionDate = correctionDate;
  }

  public BigDecimal getCorrectionHours() {
    return correctionHours;
  }

  public void setCorrectionHours(BigDecimal correctionHours) {
    this.correctionHours = correctionHours;
  }

  public String getCorrectionCategory() {
    return correctionCategory;
  }

  public void setCorrectionCategory(String correctionCategory) {
    this.correctionCategory = correctionCategory;
  }

  public String getCorrectionReason() {
    return correctionReason;
  }

  public void setCorrectionReason(String correctionReason) {
    this.correctionReason = correctionReason;
  }
}
