package org.cosqual.personnel.application.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.application.ActingCaller;
import org.cosqual.personnel.application.AppointmentApproved;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.FakeFileStore;
import org.cosqual.personnel.application.FakePasswordHasher;
import org.cosqual.personnel.application.FiledParticulars;
import org.cosqual.personnel.application.ListedInstance;
import org.cosqual.personnel.application.RecordingAuditTrail;
import org.cosqual.personnel.application.RecordingEvent;
import org.cosqual.personnel.domain.model.account.FakeAccountRepository;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.FakeAppointmentRepository;
import org.cosqual.personnel.domain.model.appointment.FakeKeyPositionRepository;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.FakeEnterpriseRepository;
import org.cosqual.personnel.domain.model.enterprise.LicenceHolders;
import org.cosqual.personnel.domain.model.enterprise.LicenseNo;
import org.cosqual.personnel.domain.model.file.FileFormat;
import org.cosqual.personnel.domain.model.file.FileUse;
import org.cosqual.personnel.domain.model.filing.FakeFilingRepository;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.jurisdiction.FakeJurisdictionRepository;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.FakeOrganisationRepository;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.domain.model.person.Degree;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.FakeIdNumberProtector;
import org.cosqual.personnel.domain.model.person.FakePersonRepository;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.review.FakeReviewStepRepository;
import org.cosqual.personnel.domain.model.supervision.FakeSupervisionRepository;
import org.cosqual.personnel.testing.ArchiveSamples;
import org.cosqual.personnel.testing.MutableClock;

/**
 * The archive's services wired to fakes, as CDI would inject them, over Ningxia with two cities:
 * Yinchuan (city A) with two licensed makers and a brand owner without a plant, and Shizuishan
 * (city B) with one maker. Each test acts as one of the callers through {@link #as}.
 */
final class ArchiveFixture {

  static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

  final MutableClock clock = new MutableClock(ArchiveSamples.NOW);
  final ActingCaller caller = new ActingCaller();
  final FakeJurisdictionRepository jurisdictions = new FakeJurisdictionRepository();
  final FakeOrganisationRepository organisations = new FakeOrganisationRepository();
  final FakeEnterpriseRepository enterprises = new FakeEnterpriseRepository();
  final FakePersonRepository persons = new FakePersonRepository();
  final FakeAppointmentRepository appointments = new FakeAppointmentRepository();
  final FakeFilingRepository filings = new FakeFilingRepository();
  final FakeReviewStepRepository steps = new FakeReviewStepRepository();
  final FakeSupervisionRepository supervision = new FakeSupervisionRepository();
  final FakeKeyPositionRepository positions = new FakeKeyPositionRepository();
  final FakeAccountRepository accounts = new FakeAccountRepository();
  final FakeIdNumberProtector protector = new FakeIdNumberProtector();
  final FakePasswordHasher hasher = new FakePasswordHasher();
  final RecordingAuditTrail audit = new RecordingAuditTrail();
  final RecordingEvent<AppointmentApproved> approved = new RecordingEvent<>();

  final ArchiveScope scope = new ArchiveScope();
  final ArchiveRules rules = new ArchiveRules();
  final Revisions revisions = new Revisions();

  /** Ids of two appointment documents already stored, and of a spreadsheet. */
  static final long DOCUMENT = 90L;

  static final long SECOND_DOCUMENT = 91L;

  static final long SPREADSHEET = 99L;

  final FakeFileStore files = new FakeFileStore();
  final DefaultFilingService filingService = new DefaultFilingService();
  final DefaultStaffArchiveService archiveService = new DefaultStaffArchiveService();
  final DefaultSupervisionService supervisionService = new DefaultSupervisionService();
  final DefaultKeyPositionService keyPositionService = new DefaultKeyPositionService();

  final JurisdictionNode province;
  final JurisdictionNode cityA;
  final JurisdictionNode cityB;
  final Organisation provincialUnit;
  final Organisation unitA;
  final Organisation unitB;

  /** Licensed maker of city A (licence row 0). */
  final Enterprise makerA;

  /** Another licensed maker of city A, with another licence (row 1). */
  final Enterprise otherMakerA;

  /** A brand owner of city A without a plant or licence. */
  final Enterprise brandA;

  /** Licensed maker of city B (row 2). */
  final Enterprise makerB;

  final CallerIdentity regulatorA;

  /** A second regulator of city A, to act on a filing at the same time as the first. */
  final CallerIdentity secondRegulatorA;

  final CallerIdentity regulatorAdminA;
  final CallerIdentity regulatorB;
  final CallerIdentity regulatorAdminB;
  final CallerIdentity provincialRegulator;
  final CallerIdentity provincialAdmin;

  ArchiveFixture() {
    province = jurisdictions.store(JurisdictionNode.province("64", "Ningxia"));
    cityA = jurisdictions.store(province.addChild("6401", "Yinchuan"));
    cityB = jurisdictions.store(province.addChild("6402", "Shizuishan"));
    provincialUnit = regulatorUnit("NX-MPA", province);
    unitA = regulatorUnit("YC-AMR", cityA);
    unitB = regulatorUnit("SZS-AMR", cityB);
    makerA = enterprise("First Maker", 0, true, cityA);
    otherMakerA = enterprise("Second Maker", 1, true, cityA);
    brandA = enterprise("Brand Owner", 3, false, cityA);
    makerB = enterprise("Northern Maker", 2, true, cityB);
    regulatorA = identity(11, "inspector-a", Role.REGULATOR, unitA);
    secondRegulatorA = identity(12, "inspector-a2", Role.REGULATOR, unitA);
    regulatorAdminA = identity(13, "cityadmin-a", Role.REGULATOR_ADMIN, unitA);
    regulatorB = identity(21, "inspector-b", Role.REGULATOR, unitB);
    regulatorAdminB = identity(23, "cityadmin-b", Role.REGULATOR_ADMIN, unitB);
    provincialRegulator = identity(31, "inspector-nx", Role.REGULATOR, provincialUnit);
    provincialAdmin = identity(33, "provadmin-nx", Role.REGULATOR_ADMIN, provincialUnit);
    wire();
    as(CallerIdentity.anonymous("127.0.0.1"));
  }

  private void wire() {
    scope.caller = caller;
    scope.enterprises = enterprises;
    scope.persons = persons;
    scope.appointments = appointments;
    scope.filings = filings;
    rules.appointments = appointments;
    rules.supervision = supervision;
    rules.positions = positions;
    revisions.caller = caller;
    revisions.clock = clock;
    revisions.protector = protector;
    filingService.scope = scope;
    filingService.rules = rules;
    filingService.revisions = revisions;
    filingService.filings = filings;
    filingService.persons = persons;
    filingService.appointments = appointments;
    filingService.steps = steps;
    filingService.audit = audit;
    filingService.appointmentApproved = approved;
    filingService.caller = caller;
    filingService.clock = clock;
    filingService.files = files;
    files.add(DOCUMENT, FileUse.APPOINTMENT_DOCUMENT, FileFormat.PDF);
    files.add(SECOND_DOCUMENT, FileUse.APPOINTMENT_DOCUMENT, FileFormat.PNG);
    files.add(SPREADSHEET, FileUse.SPREADSHEET_IMPORT, FileFormat.XLSX);
    archiveService.scope = scope;
    archiveService.persons = persons;
    archiveService.appointments = appointments;
    archiveService.filings = filings;
    archiveService.supervision = supervision;
    archiveService.accounts = accounts;
    archiveService.protector = protector;
    archiveService.hasher = hasher;
    archiveService.audit = audit;
    archiveService.sections = new ListedInstance<>();
    archiveService.caller = caller;
    archiveService.clock = clock;
    supervisionService.scope = scope;
    supervisionService.supervision = supervision;
    supervisionService.audit = audit;
    supervisionService.caller = caller;
    supervisionService.clock = clock;
    keyPositionService.positions = positions;
    keyPositionService.appointments = appointments;
    keyPositionService.audit = audit;
    keyPositionService.caller = caller;
    keyPositionService.clock = clock;
  }

  private Organisation regulatorUnit(String code, JurisdictionNode at) {
    return organisations.store(
        new Organisation(code, code + " regulators", OrganisationKind.REGULATOR_UNIT, at));
  }

  private Enterprise enterprise(String name, int row, boolean licensed, JurisdictionNode at) {
    LicenceHolders.Holder holder = LicenceHolders.get(row);
    Organisation organisation =
        organisations.store(
            new Organisation(holder.creditCode(), name, OrganisationKind.ENTERPRISE, at));
    return enterprises.store(
        new Enterprise(
            organisation,
            CreditCode.of(holder.creditCode()),
            licensed ? LicenseNo.of(holder.licence(), clock) : null,
            Set.of(licensed ? EnterpriseKind.REGISTRANT : EnterpriseKind.FILER),
            licensed,
            null));
  }

  // ---- callers

  void as(CallerIdentity identity) {
    caller.actAs(identity);
  }

  private static CallerIdentity identity(
      long account, String name, Role role, Organisation organisation) {
    return new CallerIdentity(
        account,
        name,
        Set.of(role),
        role.permissions(),
        organisation.getJurisdiction().getPath(),
        organisation.getId(),
        "10.0.0." + account);
  }

  CallerIdentity adminOf(Enterprise enterprise) {
    return identity(
        40 + enterprise.getId(),
        "entadmin-" + enterprise.getId(),
        Role.ENTERPRISE_ADMIN,
        enterprise.getOrganisation());
  }

  CallerIdentity regulatorOf(Enterprise enterprise) {
    return enterprise.getOrganisation().getJurisdiction() == cityB ? regulatorB : regulatorA;
  }

  // ---- filed particulars

  /** Chemistry graduate with quality management in cosmetics since July 2012. */
  static FiledParticulars wang() {
    return filed(
        "Wang Wei",
        ArchiveSamples.WANG_ID,
        MajorField.CHEMISTRY,
        "Engineer",
        new FiledParticulars.Experience(
            "First Maker",
            LocalDate.of(2012, 7, 1),
            null,
            Industry.COSMETICS,
            ExperienceArea.QUALITY_MANAGEMENT,
            "Quality manager"));
  }

  /** Pharmacy graduate with production management in drugs since 2010. */
  static FiledParticulars li() {
    return filed(
        "Li Na",
        ArchiveSamples.LI_ID,
        MajorField.PHARMACY,
        null,
        new FiledParticulars.Experience(
            "Drug Maker",
            LocalDate.of(2010, 3, 1),
            null,
            Industry.DRUG,
            ExperienceArea.PRODUCTION_MANAGEMENT,
            null));
  }

  /** An accountant with two years in a cosmetics plant's office: not qualified. */
  static FiledParticulars chen() {
    return filed(
        "Chen Gang",
        ArchiveSamples.CHEN_ID,
        MajorField.OTHER,
        null,
        new FiledParticulars.Experience(
            "First Maker",
            LocalDate.of(2024, 11, 1),
            null,
            Industry.COSMETICS,
            ExperienceArea.OTHER,
            "Accountant"));
  }

  static FiledParticulars filed(
      String name,
      String residentId,
      MajorField field,
      String title,
      FiledParticulars.Experience... jobs) {
    return new FiledParticulars(
        name,
        "13900000000",
        null,
        IdType.RESIDENT_ID_CARD,
        residentId,
        null,
        null,
        Degree.BACHELOR,
        field == MajorField.OTHER ? "Accounting" : "Applied " + field.name().toLowerCase(),
        field,
        "Ningxia University",
        2002,
        title,
        List.of(jobs));
  }

  /** The same particulars with another phone and title. */
  static FiledParticulars withPhoneAndTitle(FiledParticulars p, String phone, String title) {
    return amended(p, phone, p.idNumber(), title);
  }

  /** The same particulars with another id number. */
  static FiledParticulars withIdNumber(FiledParticulars p, String residentId) {
    return amended(p, p.phone(), residentId, p.professionalTitle());
  }

  private static FiledParticulars amended(
      FiledParticulars p, String phone, String residentId, String title) {
    return new FiledParticulars(
        p.name(),
        phone,
        p.email(),
        p.idType(),
        residentId,
        p.birthDate(),
        p.sex(),
        p.degree(),
        p.major(),
        p.majorField(),
        p.school(),
        p.graduationYear(),
        title,
        p.experiences());
  }

  // ---- acting

  /**
   * Runs one service call as its transaction: committed, the filings it changed get their next
   * version, as the persistence provider would give them.
   */
  void committed(Runnable work) {
    boolean done = false;
    try {
      work.run();
      done = true;
    } finally {
      filings.endTransaction(done);
    }
  }

  Filing file(
      Enterprise enterprise, KeyPosition position, FiledParticulars person, LocalDate from) {
    as(adminOf(enterprise));
    return filingService.fileAppointment(enterprise.getId(), position, person, from, null, null);
  }

  void approve(Filing filing) {
    as(regulatorOf(filing.getEnterprise()));
    committed(() -> filingService.approveFiling(filing.getId(), filing.getVersion(), null));
    clock.advance(Duration.ofMinutes(5));
  }

  /** Files and approves an appointment; the appointment made. */
  Appointment appoint(
      Enterprise enterprise, KeyPosition position, FiledParticulars person, LocalDate from) {
    Filing filing = file(enterprise, position, person, from);
    approve(filing);
    return appointments.all().stream()
        .filter(a -> filing.getId().equals(a.getFilingId()))
        .findFirst()
        .orElseThrow();
  }

  Person person(FiledParticulars filed) {
    return persons.all().stream()
        .filter(p -> p.getParticulars().getIdNumber().hash().equals(hashOf(filed)))
        .findFirst()
        .orElseThrow();
  }

  String hashOf(FiledParticulars filed) {
    return protector.hashOf(ArchiveSamples.resident(filed.idNumber()));
  }
}
