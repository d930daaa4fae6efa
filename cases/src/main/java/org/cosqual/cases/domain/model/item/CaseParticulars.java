package org.cosqual.cases.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.time.LocalDate;
import java.util.Set;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * What a benchmark or typical case tells besides its body: the enterprise (a link to the archive
 * when it is one of ours; hidden from readers when anonymised), the violation and its legal basis,
 * how it was handled, the lessons and the date. A Q&A entry keeps its legal references in {@code
 * legalBasis}.
 */
@Embeddable
public class CaseParticulars {

  public static final int ENTERPRISE_MAX = 200;
  public static final int VIOLATION_MAX = 100;
  public static final int LEGAL_BASIS_MAX = 2000;

  @Column(name = "enterprise_name", length = ENTERPRISE_MAX)
  private String enterpriseName;

  @Column(name = "enterprise_id")
  private Long enterpriseId;

  @Column(name = "anonymised", nullable = false)
  private boolean anonymised;

  @Column(name = "violation_type", length = VIOLATION_MAX)
  private String violationType;

  @Column(name = "legal_basis", length = LEGAL_BASIS_MAX)
  private String legalBasis;

  @Lob
  @Column(name = "handling")
  private String handling;

  @Lob
  @Column(name = "lessons")
  private String lessons;

  @Column(name = "case_date")
  private LocalDate caseDate;

  protected CaseParticulars() {}

  public CaseParticulars(
      String enterpriseName,
      Long enterpriseId,
      boolean anonymised,
      String violationType,
      String legalBasis,
      String handling,
      String lessons,
      LocalDate caseDate) {
    this.enterpriseName = enterpriseName;
    this.enterpriseId = enterpriseId;
    this.anonymised = anonymised;
    this.violationType = violationType;
    this.legalBasis = legalBasis;
    this.handling = handling;
    this.lessons = lessons;
    this.caseDate = caseDate;
  }

  /** Only legal references, as a Q&A entry has. */
  public static CaseParticulars legalReferences(String references) {
    return new CaseParticulars(null, null, false, null, references, null, null, null);
  }

  /** Checked and sanitised, as stored. */
  CaseParticulars checked(Set<Long> imageIds) {
    return new CaseParticulars(
        Fields.optional(enterpriseName, "cases_item.enterprise", ENTERPRISE_MAX),
        enterpriseId,
        anonymised,
        Fields.optional(violationType, "cases_item.violationType", VIOLATION_MAX),
        Fields.optional(legalBasis, "cases_item.legalBasis", LEGAL_BASIS_MAX),
        ItemVersion.richText(handling, "cases_item.handling", imageIds),
        ItemVersion.richText(lessons, "cases_item.lessons", imageIds),
        caseDate);
  }

  /** The enterprise's name as a reader may see it: none when anonymised. */
  public String getEnterpriseNameShown() {
    return anonymised ? null : enterpriseName;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public boolean isAnonymised() {
    return anonymised;
  }

  public String getViolationType() {
    return violationType;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public String getHandling() {
    return handling;
  }

  public String getLessons() {
    return lessons;
  }

  public LocalDate getCaseDate() {
    return caseDate;
  }
}
