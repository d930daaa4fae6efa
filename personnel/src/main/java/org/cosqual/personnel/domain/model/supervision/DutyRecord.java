package org.cosqual.personnel.domain.model.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/** An inspection finding on how a key-staff member performs their duty (履职记录). */
@Entity
@Table(name = "duty_record")
@NamedQuery(
    name = "DutyRecord.findByPerson",
    query =
        "select d from DutyRecord d join fetch d.enterprise e join fetch e.organisation"
            + " where d.person.id = :personId order by d.inspectedOn desc")
public class DutyRecord {

  public static final int INSPECTOR_MAX = 50;
  public static final int FINDING_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id", nullable = false)
  private Enterprise enterprise;

  @Column(name = "inspected_on", nullable = false)
  private LocalDate inspectedOn;

  @Column(nullable = false, length = INSPECTOR_MAX)
  private String inspector;

  @Column(nullable = false, length = FINDING_MAX)
  private String finding;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DutyRating rating;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version private long version;

  protected DutyRecord() {}

  public DutyRecord(
      Person person,
      Enterprise enterprise,
      LocalDate inspectedOn,
      String inspector,
      String finding,
      DutyRating rating,
      String recordedBy,
      Instant recordedAt) {
    this.person = Objects.requireNonNull(person);
    this.enterprise = Objects.requireNonNull(enterprise);
    if (inspectedOn == null) {
      throw new BusinessException("error.field.required", "general.inspectedOn");
    }
    if (rating == null) {
      throw new BusinessException("error.field.required", "general.rating");
    }
    this.inspectedOn = inspectedOn;
    this.inspector = Fields.required(inspector, "general.inspector", INSPECTOR_MAX);
    this.finding = Fields.required(finding, "general.finding", FINDING_MAX);
    this.rating = rating;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public LocalDate getInspectedOn() {
    return inspectedOn;
  }

  public String getInspector() {
    return inspector;
  }

  public String getFinding() {
    return finding;
  }

  public DutyRating getRating() {
    return rating;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
