package org.cosqual.personnel.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.Term;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.LicenceHolders;
import org.cosqual.personnel.domain.model.enterprise.LicenseNo;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.domain.model.person.Degree;
import org.cosqual.personnel.domain.model.person.Education;
import org.cosqual.personnel.domain.model.person.FakeIdNumberProtector;
import org.cosqual.personnel.domain.model.person.IdNumber;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.personnel.domain.model.person.Particulars;
import org.cosqual.personnel.domain.model.person.Person;

/**
 * Ready-made archive objects for the domain tests: a fixed day, valid resident id numbers and
 * enterprises with real licences. No real person's number appears here: the numbers are made up
 * (Ningxia area codes) with check characters computed by a separate Python script, not this code.
 */
public final class ArchiveSamples {

  /** 10:00 in China on 22 November 2026. */
  public static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  /** A man born 15 March 1980 in Xingqing, Yinchuan. */
  public static final String WANG_ID = "640104198003150036";

  /** A woman born 22 July 1985 in Xingqing, Yinchuan. */
  public static final String LI_ID = "640104198507220042";

  /** A man born 1 September 1978 in Dawukou, Shizuishan. */
  public static final String ZHAO_ID = "640202197809010014";

  /** A man born 12 February 1990 in Jinfeng, Yinchuan. */
  public static final String CHEN_ID = "640106199002120051";

  /** A woman born 30 November 1979 in Xingqing, Yinchuan. */
  public static final String SUN_ID = "640104197911300023";

  private ArchiveSamples() {}

  public static IdNumber resident(String number) {
    return IdNumber.of(IdType.RESIDENT_ID_CARD, number, CLOCK);
  }

  /** Ningxia (id 1) with a city (id 2). */
  public static JurisdictionNode city() {
    JurisdictionNode province = JurisdictionNode.province("64", "Ningxia");
    TestEntities.withId(province, 1);
    province.assignPath();
    JurisdictionNode city = province.addChild("6401", "Yinchuan");
    TestEntities.withId(city, 2);
    city.assignPath();
    return city;
  }

  /**
   * An enterprise of the city with id {@code id}, its organisation id {@code 1000 + id}.
   *
   * @param licenceRow the row of {@link LicenceHolders} whose licence and credit code it holds, or
   *     null for a filer without a plant, which then takes the credit code of row 14
   */
  public static Enterprise enterprise(long id, String name, Integer licenceRow) {
    LicenceHolders.Holder holder = LicenceHolders.get(licenceRow == null ? 14 : licenceRow);
    Organisation organisation =
        new Organisation(holder.creditCode(), name, OrganisationKind.ENTERPRISE, city());
    TestEntities.withId(organisation, 1000 + id);
    Enterprise enterprise =
        licenceRow == null
            ? new Enterprise(
                organisation,
                CreditCode.of(holder.creditCode()),
                null,
                Set.of(EnterpriseKind.FILER),
                false,
                null)
            : new Enterprise(
                organisation,
                CreditCode.of(holder.creditCode()),
                LicenseNo.of(holder.licence(), CLOCK),
                Set.of(EnterpriseKind.REGISTRANT),
                true,
                null);
    return TestEntities.withId(enterprise, id);
  }

  public static Education education(MajorField field) {
    return new Education(
        Degree.BACHELOR, "Applied chemistry", field, "Ningxia University", 2002, CLOCK);
  }

  public static Particulars particulars(String residentId) {
    return new Particulars(
        resident(residentId),
        new FakeIdNumberProtector(),
        null,
        null,
        education(MajorField.CHEMISTRY),
        "Engineer");
  }

  /** A person in the archive with the given id and particulars. */
  public static Person person(long id, String name, String residentId) {
    Person person = new Person(name, "13900000000", null);
    person.takeParticulars(name, "13900000000", null, particulars(residentId), List.of());
    return TestEntities.withId(person, id);
  }

  public static Appointment appointment(
      long id, Person person, Enterprise enterprise, KeyPosition position, Term term) {
    return TestEntities.withId(new Appointment(person, enterprise, position, term, null, 1L), id);
  }

  public static Term term(String from, String to) {
    return new Term(LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
  }
}
