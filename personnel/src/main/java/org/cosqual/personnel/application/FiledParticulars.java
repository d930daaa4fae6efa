package org.cosqual.personnel.application;

import java.time.LocalDate;
import java.util.List;
import org.cosqual.personnel.domain.model.person.Degree;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.personnel.domain.model.person.Sex;

/**
 * A person's particulars as an enterprise files them. Birth date and sex are needed only for id
 * types that do not carry them.
 */
public record FiledParticulars(
    String name,
    String phone,
    String email,
    IdType idType,
    String idNumber,
    LocalDate birthDate,
    Sex sex,
    Degree degree,
    String major,
    MajorField majorField,
    String school,
    Integer graduationYear,
    String professionalTitle,
    List<Experience> experiences) {

  public FiledParticulars {
    experiences = experiences == null ? List.of() : List.copyOf(experiences);
  }

  /** One job of the work history. */
  public record Experience(
      String employer,
      LocalDate from,
      LocalDate to,
      Industry industry,
      ExperienceArea area,
      String position) {}
}
