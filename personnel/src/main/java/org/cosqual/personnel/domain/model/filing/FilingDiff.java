package org.cosqual.personnel.domain.model.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cosqual.personnel.domain.model.person.Education;
import org.cosqual.personnel.domain.model.person.Particulars;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.WorkExperience;

/** What a filing revision would change in a person's archive, field by field. */
public final class FilingDiff {

  private FilingDiff() {}

  /**
   * @param current the person in the archive, or null for someone not yet in it
   */
  public static List<FieldChange> between(Person current, FilingRevision proposed) {
    List<FieldChange> fields = new ArrayList<>();
    fields.add(
        field("general.personName", current, proposed, Person::getName, FilingRevision::getName));
    fields.add(
        field("general.phone", current, proposed, Person::getPhone, FilingRevision::getPhone));
    fields.add(
        field("general.email", current, proposed, Person::getEmail, FilingRevision::getEmail));
    Particulars now = current == null ? null : current.getParticulars();
    Particulars next = proposed.getParticulars();
    if (next == null) {
      return fields;
    }
    fields.add(
        new FieldChange(
            "general.idNumber",
            now == null ? null : idText(now),
            now != null && now.getIdNumber().sameNumberAs(next.getIdNumber())
                ? idText(now)
                : idText(next)));
    fields.add(particular("general.birthDate", now, next, p -> p.getBirthDate()));
    fields.add(particular("general.sex", now, next, p -> "Sex." + p.getSex()));
    fields.add(education("general.degree", now, next, e -> "Degree." + e.getDegree()));
    fields.add(education("general.major", now, next, Education::getMajor));
    fields.add(education("general.majorField", now, next, e -> "MajorField." + e.getMajorField()));
    fields.add(education("general.school", now, next, Education::getSchool));
    fields.add(education("general.graduationYear", now, next, Education::getGraduationYear));
    fields.add(
        particular("general.professionalTitle", now, next, Particulars::getProfessionalTitle));
    fields.add(
        new FieldChange(
            "general.experience",
            current == null ? null : experienceText(current.getExperiences()),
            experienceText(proposed.getExperiences())));
    return fields;
  }

  private static FieldChange field(
      String label,
      Person current,
      FilingRevision proposed,
      Function<Person, String> now,
      Function<FilingRevision, String> next) {
    return new FieldChange(
        label, current == null ? null : now.apply(current), next.apply(proposed));
  }

  private static FieldChange particular(
      String label, Particulars now, Particulars next, Function<Particulars, Object> value) {
    return new FieldChange(
        label, text(now == null ? null : value.apply(now)), text(value.apply(next)));
  }

  private static FieldChange education(
      String label, Particulars now, Particulars next, Function<Education, Object> value) {
    return particular(label, now, next, p -> value.apply(p.getEducation()));
  }

  private static String idText(Particulars particulars) {
    return particulars.getIdNumber().masked();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /**
   * One line per job, in date order (each line starts with its ISO start date), so two histories
   * compare as text whatever order the jobs were entered in.
   */
  static String experienceText(List<WorkExperience> experiences) {
    return experiences.stream()
        .map(
            e ->
                e.getFrom()
                    + "~"
                    + Objects.toString(e.getTo(), "")
                    + " "
                    + e.getEmployer()
                    + " "
                    + Objects.toString(e.getPosition(), "")
                    + " ["
                    + e.getIndustry()
                    + "/"
                    + e.getArea()
                    + "]")
        .sorted()
        .collect(Collectors.joining("\n"));
  }
}
