package org.cosqual.personnel.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * What the archive keeps of a key-position staff member besides name and contacts: the protected id
 * number with the birth date and sex it gives, education and professional title. A person's current
 * particulars and each filing revision's proposed ones share this shape, so the two compare field
 * by field.
 */
@Embeddable
public class Particulars {

  public static final int TITLE_MAX = 60;

  private ProtectedIdNumber idNumber;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", length = 8)
  private Sex sex;

  private Education education;

  @Column(name = "professional_title", length = TITLE_MAX)
  private String professionalTitle;

  protected Particulars() {}

  /**
   * @param number the full number, checked already; only its protected form is kept
   * @param birthDate required where the number does not carry it (passports, travel permits)
   * @param sex likewise
   */
  public Particulars(
      IdNumber number,
      IdNumberProtector protector,
      LocalDate birthDate,
      Sex sex,
      Education education,
      String professionalTitle) {
    this.idNumber = protector.protect(Objects.requireNonNull(number));
    this.birthDate = number.birthDate().orElse(birthDate);
    this.sex = number.sex().orElse(sex);
    if (this.birthDate == null) {
      throw new BusinessException("error.field.required", "general.birthDate");
    }
    if (this.sex == null) {
      throw new BusinessException("error.field.required", "general.sex");
    }
    this.education = Objects.requireNonNull(education);
    this.professionalTitle =
        Fields.optional(professionalTitle, "general.professionalTitle", TITLE_MAX);
  }

  /**
   * New education and title for the same person: the id number and what it gives are kept as they
   * are, since whoever files a change sees only the masked number.
   */
  public Particulars withNew(Education education, String professionalTitle) {
    Particulars next = new Particulars();
    next.idNumber = idNumber.copy();
    next.birthDate = birthDate;
    next.sex = sex;
    next.education = Objects.requireNonNull(education);
    next.professionalTitle =
        Fields.optional(professionalTitle, "general.professionalTitle", TITLE_MAX);
    return next;
  }

  /**
   * The same particulars in new objects: an entity must not share embedded objects with another (a
   * person takes them from a filing revision, which keeps its own).
   */
  public Particulars copy() {
    return withNew(education.copy(), professionalTitle);
  }

  public ProtectedIdNumber getIdNumber() {
    return idNumber;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Sex getSex() {
    return sex;
  }

  public Education getEducation() {
    return education;
  }

  public String getProfessionalTitle() {
    return professionalTitle;
  }
}
