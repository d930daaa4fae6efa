package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cosqual.personnel.application.ArchiveSection;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.EnterpriseStaff;
import org.cosqual.personnel.application.PasswordHasher;
import org.cosqual.personnel.application.StaffArchive;
import org.cosqual.personnel.application.StaffArchiveService;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.AccountRepository;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.AppointmentRepository;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.filing.FilingRepository;
import org.cosqual.personnel.domain.model.person.IdNumber;
import org.cosqual.personnel.domain.model.person.IdNumberProtector;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.PersonRepository;
import org.cosqual.personnel.domain.model.supervision.SupervisionRepository;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;

@ApplicationScoped
@Transactional
public class DefaultStaffArchiveService implements StaffArchiveService {

  @Inject ArchiveScope scope;
  @Inject PersonRepository persons;
  @Inject AppointmentRepository appointments;
  @Inject FilingRepository filings;
  @Inject SupervisionRepository supervision;
  @Inject AccountRepository accounts;
  @Inject IdNumberProtector protector;
  @Inject PasswordHasher hasher;
  @Inject AuditTrail audit;
  @Inject Instance<ArchiveSection> sections;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public StaffArchive getArchive(long personId) {
    caller.require(Permission.ARCHIVE_READ);
    Person person =
        persons.find(personId).orElseThrow(() -> new NotFoundException("Person", personId));
    List<Appointment> held = appointments.findByPerson(personId);
    List<Filing> filed = filings.findByPerson(personId, ArchiveScope.hashOf(person));
    scope.requireVisible(personId, held, filed);
    return archiveOf(
        person, held, filed.stream().filter(f -> scope.covers(f.getEnterprise())).toList());
  }

  @Override
  public Optional<StaffArchive> findOwnArchive() {
    caller.require(Permission.LEARNING_OWN);
    return caller
        .accountId()
        .flatMap(accounts::find)
        .map(Account::getPerson)
        .filter(p -> p.particulars().isPresent())
        .map(
            p ->
                archiveOf(
                    p,
                    appointments.findByPerson(p.getId()),
                    filings.findByPerson(p.getId(), ArchiveScope.hashOf(p))));
  }

  private StaffArchive archiveOf(Person person, List<Appointment> held, List<Filing> filed) {
    long personId = person.getId();
    return new StaffArchive(
        person,
        held,
        filed,
        supervision.findSanctions(personId),
        supervision.findDutyRecords(personId),
        person.qualification(LocalDate.now(clock)),
        accounts.findByPerson(personId).isPresent(),
        sections.stream()
            .map(s -> new StaffArchive.Section(s.titleKey(), s.linesFor(personId)))
            .toList());
  }

  @Override
  public EnterpriseStaff getEnterpriseStaff(long enterpriseId) {
    caller.require(Permission.ARCHIVE_READ);
    Enterprise enterprise = scope.enterprise(enterpriseId);
    return new EnterpriseStaff(enterprise, appointments.findByEnterprise(enterprise.getId()));
  }

  @Override
  public Appointment getAppointment(long appointmentId) {
    caller.require(Permission.ARCHIVE_READ);
    return appointments
        .find(appointmentId)
        .filter(a -> scope.covers(a.getEnterprise()))
        .orElseThrow(() -> new NotFoundException("Appointment", appointmentId));
  }

  @Override
  public IdNumber revealIdNumber(long personId) {
    caller.require(Permission.ID_NUMBER_REVEAL);
    Person person = scope.person(personId);
    IdNumber number =
        person
            .particulars()
            .map(p -> protector.reveal(p.getIdNumber()))
            .orElseThrow(() -> new NotFoundException("IdNumber", personId));
    audit.append(
        new AuditRecord(
            caller.name(),
            AuditAction.ID_NUMBER_REVEALED,
            "person:" + personId,
            person.getName() + " " + number.masked(),
            caller.remoteAddress()));
    return number;
  }

  @Override
  public String createStaffAccount(long personId, String username) {
    caller.require(Permission.ENTERPRISE_OWN);
    Person person = scope.person(personId);
    Enterprise own =
        appointments.findByPerson(personId).stream()
            .map(Appointment::getEnterprise)
            .filter(
                e -> caller.organisationId().map(e.getOrganisation().getId()::equals).orElse(false))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Person", personId));
    accounts
        .findByPerson(personId)
        .ifPresent(
            a -> {
              throw new BusinessException("error.staff.hasAccount", a.getUsername());
            });
    String name = Account.checkUsername(username);
    if (accounts.findByUsername(name).isPresent()) {
      throw new BusinessException("error.account.usernameTaken", name);
    }
    char[] oneTime = OneTimePasswords.generate();
    String hash = hasher.hash(oneTime);
    Account account =
        new Account(name, hash, person, own.getOrganisation(), Set.of(Role.KEY_STAFF));
    account.resetPassword(hash);
    accounts.store(account);
    audit.append(
        new AuditRecord(
            caller.name(),
            AuditAction.ACCOUNT_CREATED,
            "account:" + name,
            person.getName() + " " + Role.KEY_STAFF,
            caller.remoteAddress()));
    return new String(oneTime);
  }
}
