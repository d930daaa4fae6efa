package org.cosqual.personnel.domain.model.filing;

import static org.cosqual.personnel.testing.ArchiveSamples.NOW;
import static org.cosqual.personnel.testing.ArchiveSamples.WANG_ID;
import static org.cosqual.personnel.testing.ArchiveSamples.education;
import static org.cosqual.personnel.testing.ArchiveSamples.particulars;
import static org.cosqual.personnel.testing.ArchiveSamples.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.FakeIdNumberProtector;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.personnel.domain.model.person.Particulars;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.WorkExperience;
import org.cosqual.personnel.testing.TestEntities;
import org.junit.jupiter.api.Test;

class FilingDiffTest {

  private static final WorkExperience AT_DRUG_MAKER =
      new WorkExperience(
          "Drug Maker",
          LocalDate.of(2005, 7, 1),
          LocalDate.of(2012, 6, 30),
          Industry.DRUG,
          ExperienceArea.PRODUCTION_MANAGEMENT,
          "Workshop head");
  private static final WorkExperience AT_COSMETICS_MAKER =
      new WorkExperience(
          "First Maker",
          LocalDate.of(2012, 7, 1),
          null,
          Industry.COSMETICS,
          ExperienceArea.QUALITY_MANAGEMENT,
          null);

  private final Person wang = archived();

  private static Person archived() {
    Person person = new Person("Wang Wei", "13900000000", "wang@example.cn");
    person.takeParticulars(
        "Wang Wei",
        "13900000000",
        "wang@example.cn",
        particulars(WANG_ID),
        List.of(AT_DRUG_MAKER, AT_COSMETICS_MAKER));
    return TestEntities.withId(person, 501);
  }

  private static FilingRevision filed(
      String phone, Particulars particulars, List<WorkExperience> jobs) {
    return new FilingRevision(
        "Wang Wei",
        phone,
        "wang@example.cn",
        particulars,
        jobs,
        LocalDate.of(2026, 12, 1),
        null,
        null,
        "entadmin",
        NOW);
  }

  private static Map<String, FieldChange> byLabel(List<FieldChange> changes) {
    return changes.stream().collect(Collectors.toMap(FieldChange::labelKey, c -> c));
  }

  private static List<String> changed(List<FieldChange> changes) {
    return changes.stream().filter(FieldChange::changed).map(FieldChange::labelKey).toList();
  }

  @Test
  void theSameParticularsChangeNothing() {
    List<FieldChange> changes =
        FilingDiff.between(wang, filed("13900000000", particulars(WANG_ID), wang.getExperiences()));
    assertEquals(List.of(), changed(changes));
    assertEquals(13, changes.size(), "name, contacts, id, birth, sex, 5 of education, title, jobs");
  }

  @Test
  void theChangedFieldsAreShownBesideTheArchivedValues() {
    Particulars newTitle =
        new Particulars(
            resident(WANG_ID),
            new FakeIdNumberProtector(),
            null,
            null,
            education(MajorField.CHEMISTRY),
            "Senior engineer");
    List<FieldChange> changes =
        FilingDiff.between(
            wang, filed("13911111111", newTitle, List.of(AT_DRUG_MAKER, AT_COSMETICS_MAKER)));

    assertEquals(List.of("general.phone", "general.professionalTitle"), changed(changes));
    FieldChange phone = byLabel(changes).get("general.phone");
    assertEquals("13900000000", phone.current());
    assertEquals("13911111111", phone.proposed());
    FieldChange title = byLabel(changes).get("general.professionalTitle");
    assertEquals("Engineer", title.current());
    assertEquals("Senior engineer", title.proposed());
  }

  @Test
  void aChangedMajorFieldAndWorkHistoryShow() {
    Particulars biology =
        new Particulars(
            resident(WANG_ID),
            new FakeIdNumberProtector(),
            null,
            null,
            education(MajorField.BIOLOGY),
            "Engineer");
    List<FieldChange> changes =
        FilingDiff.between(wang, filed("13900000000", biology, List.of(AT_COSMETICS_MAKER)));
    assertEquals(List.of("general.majorField", "general.experience"), changed(changes));
    FieldChange field = byLabel(changes).get("general.majorField");
    assertEquals("MajorField.CHEMISTRY", field.current());
    assertEquals("MajorField.BIOLOGY", field.proposed());
  }

  @Test
  void theWorkHistoryComparesInDateOrderWhateverOrderItWasEnteredIn() {
    List<FieldChange> changes =
        FilingDiff.between(
            wang,
            filed("13900000000", particulars(WANG_ID), List.of(AT_COSMETICS_MAKER, AT_DRUG_MAKER)));
    assertEquals(List.of(), changed(changes));
    assertEquals(
        "2005-07-01~2012-06-30 Drug Maker Workshop head [DRUG/PRODUCTION_MANAGEMENT]\n"
            + "2012-07-01~ First Maker  [COSMETICS/QUALITY_MANAGEMENT]",
        byLabel(changes).get("general.experience").proposed());
  }

  @Test
  void someoneNewToTheArchiveShowsEveryFieldAsNewWithTheIdNumberMasked() {
    List<FieldChange> changes =
        FilingDiff.between(null, filed("13900000000", particulars(WANG_ID), List.of()));
    Map<String, FieldChange> fields = byLabel(changes);
    assertTrue(changes.stream().allMatch(c -> c.current() == null));
    assertEquals("640***********0036", fields.get("general.idNumber").proposed());
    assertEquals("1980-03-15", fields.get("general.birthDate").proposed());
    assertEquals("Sex.MALE", fields.get("general.sex").proposed());
    assertEquals("Degree.BACHELOR", fields.get("general.degree").proposed());
    assertEquals("2002", fields.get("general.graduationYear").proposed());
    assertTrue(
        changes.stream().noneMatch(c -> WANG_ID.equals(c.proposed())), "never the full id number");
  }

  @Test
  void aDepartureComparesOnlyNameAndContacts() {
    List<FieldChange> changes = FilingDiff.between(wang, filed("13900000000", null, List.of()));
    assertEquals(
        List.of("general.personName", "general.phone", "general.email"),
        changes.stream().map(FieldChange::labelKey).toList());
    assertEquals("Wang Wei", changes.get(0).current());
    assertEquals(List.of(), changed(changes));
  }
}
