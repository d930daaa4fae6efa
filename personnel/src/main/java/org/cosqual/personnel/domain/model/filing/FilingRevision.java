package org.cosqual.personnel.domain.model.filing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cosqual.personnel.domain.model.person.Particulars;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.WorkExperience;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * One submission of a filing: the first, or a correction after a return. Never changed once
 * written, so the archive's history keeps what was filed, by whom, when and why.
 */
@Entity
@Table(name = "filing_revision")
public class FilingRevision {

  public static final int NOTE_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "filing_id", nullable = false)
  private Filing filing;

  @Column(nullable = false)
  private int number;

  @Column(length = Person.NAME_MAX)
  private String name;

  @Column(length = Person.PHONE_MAX)
  private String phone;

  @Column(length = Person.EMAIL_MAX)
  private String email;

  @Embedded private Particulars particulars;

  @ElementCollection
  @CollectionTable(name = "filing_experience", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderBy("from")
  private List<WorkExperience> experiences = new ArrayList<>();

  @Column(name = "effective_on", nullable = false)
  private LocalDate effectiveOn;

  @Column(name = "document_file_id")
  private Long documentFileId;

  @Column(length = NOTE_MAX)
  private String note;

  @Column(name = "submitted_by", nullable = false, length = 64)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected FilingRevision() {}

  /**
   * @param particulars the person's particulars as filed; null for a departure, which files only
   *     the last day
   * @param effectiveOn the first day of an appointment, the day a change applies, or the last day
   *     of a departing appointment
   */
  public FilingRevision(
      String name,
      String phone,
      String email,
      Particulars particulars,
      List<WorkExperience> experiences,
      LocalDate effectiveOn,
      Long documentFileId,
      String note,
      String submittedBy,
      Instant submittedAt) {
    this.name = Fields.required(name, "general.personName", Person.NAME_MAX);
    this.phone = Fields.optional(phone, "general.phone", Person.PHONE_MAX);
    this.email = Fields.optional(email, "general.email", Person.EMAIL_MAX);
    this.particulars = particulars;
    this.experiences.addAll(experiences);
    if (effectiveOn == null) {
      throw new BusinessException("error.field.required", "general.effectiveOn");
    }
    this.effectiveOn = effectiveOn;
    this.documentFileId = documentFileId;
    this.note = Fields.optional(note, "general.filingNote", NOTE_MAX);
    this.submittedBy = Objects.requireNonNull(submittedBy);
    this.submittedAt = Objects.requireNonNull(submittedAt);
  }

  void attach(Filing filing, int number) {
    this.filing = filing;
    this.number = number;
  }

  public Long getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public Particulars getParticulars() {
    return particulars;
  }

  public List<WorkExperience> getExperiences() {
    return List.copyOf(experiences);
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public Long getDocumentFileId() {
    return documentFileId;
  }

  public String getNote() {
    return note;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
