package org.cosqual.personnel.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/** One entry of a person's work history; an open end means the job goes on. */
@Embeddable
public class WorkExperience {

  public static final int EMPLOYER_MAX = 200;
  public static final int POSITION_MAX = 60;

  @Column(name = "employer", length = EMPLOYER_MAX, nullable = false)
  private String employer;

  @Column(name = "from_date", nullable = false)
  private LocalDate from;

  @Column(name = "to_date")
  private LocalDate to;

  @Enumerated(EnumType.STRING)
  @Column(name = "industry", length = 20, nullable = false)
  private Industry industry;

  @Enumerated(EnumType.STRING)
  @Column(name = "area", length = 24, nullable = false)
  private ExperienceArea area;

  @Column(name = "position", length = POSITION_MAX)
  private String position;

  protected WorkExperience() {}

  /**
   * @throws BusinessException for a missing employer, start, industry or area, or an end before the
   *     start
   */
  public WorkExperience(
      String employer,
      LocalDate from,
      LocalDate to,
      Industry industry,
      ExperienceArea area,
      String position) {
    this.employer = Fields.required(employer, "general.employer", EMPLOYER_MAX);
    if (from == null) {
      throw new BusinessException("error.field.required", "general.fromDate");
    }
    if (industry == null) {
      throw new BusinessException("error.field.required", "general.industry");
    }
    if (area == null) {
      throw new BusinessException("error.field.required", "general.experienceArea");
    }
    if (to != null && to.isBefore(from)) {
      throw new BusinessException("error.dates.endBeforeStart", from, to);
    }
    this.from = from;
    this.to = to;
    this.industry = industry;
    this.area = area;
    this.position = Fields.optional(position, "general.position", POSITION_MAX);
  }

  /** The same entry in a new object, for another entity to own. */
  public WorkExperience copy() {
    return new WorkExperience(employer, from, to, industry, area, position);
  }

  public String getEmployer() {
    return employer;
  }

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getTo() {
    return to;
  }

  public Industry getIndustry() {
    return industry;
  }

  public ExperienceArea getArea() {
    return area;
  }

  public String getPosition() {
    return position;
  }

  /** Relevant for a quality safety officer: a counted industry and production or quality work. */
  public boolean relevantToQualitySafety() {
    return industry.countsForQualitySafety() && area.countsForQualitySafety();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkExperience w
        && employer.equals(w.employer)
        && from.equals(w.from)
        && Objects.equals(to, w.to)
        && industry == w.industry
        && area == w.area
        && Objects.equals(position, w.position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(employer, from, to, industry, area, position);
  }
}
