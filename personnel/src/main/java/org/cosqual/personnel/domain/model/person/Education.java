package org.cosqual.personnel.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Clock;
import java.time.Year;
import java.util.Objects;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/** The highest education a person completed: degree, major and its field, school, year. */
@Embeddable
public class Education {

  public static final int MAJOR_MAX = 60;
  public static final int SCHOOL_MAX = 100;
  private static final int EARLIEST_YEAR = 1940;

  @Enumerated(EnumType.STRING)
  @Column(name = "degree", length = 20)
  private Degree degree;

  @Column(name = "major", length = MAJOR_MAX)
  private String major;

  @Enumerated(EnumType.STRING)
  @Column(name = "major_field", length = 24)
  private MajorField majorField;

  @Column(name = "school", length = SCHOOL_MAX)
  private String school;

  @Column(name = "graduation_year")
  private Integer graduationYear;

  protected Education() {}

  /**
   * @throws BusinessException for a missing degree or field, over-long texts, or a graduation year
   *     before 1940 or after this year
   */
  public Education(
      Degree degree,
      String major,
      MajorField majorField,
      String school,
      Integer graduationYear,
      Clock clock) {
    if (degree == null) {
      throw new BusinessException("error.field.required", "general.degree");
    }
    if (majorField == null) {
      throw new BusinessException("error.field.required", "general.majorField");
    }
    this.degree = degree;
    this.major = Fields.required(major, "general.major", MAJOR_MAX);
    this.majorField = majorField;
    this.school = Fields.optional(school, "general.school", SCHOOL_MAX);
    if (graduationYear != null
        && (graduationYear < EARLIEST_YEAR || graduationYear > Year.now(clock).getValue())) {
      throw new BusinessException("error.education.graduationYear", graduationYear);
    }
    this.graduationYear = graduationYear;
  }

  Education copy() {
    Education copy = new Education();
    copy.degree = degree;
    copy.major = major;
    copy.majorField = majorField;
    copy.school = school;
    copy.graduationYear = graduationYear;
    return copy;
  }

  public Degree getDegree() {
    return degree;
  }

  public String getMajor() {
    return major;
  }

  public MajorField getMajorField() {
    return majorField;
  }

  public String getSchool() {
    return school;
  }

  public Integer getGraduationYear() {
    return graduationYear;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Education e
        && degree == e.degree
        && Objects.equals(major, e.major)
        && majorField == e.majorField
        && Objects.equals(school, e.school)
        && Objects.equals(graduationYear, e.graduationYear);
  }

  @Override
  public int hashCode() {
    return Objects.hash(degree, major, majorField, school, graduationYear);
  }
}
