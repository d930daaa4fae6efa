package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.AppointmentRepository;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseRepository;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.filing.FilingRepository;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.PersonRepository;
import org.cosqual.personnel.domain.shared.NotFoundException;

/**
 * Which enterprises' archives the caller may see: a regulator those in their jurisdiction subtree,
 * an enterprise user their own. Anything else is reported as not found, so typing an id into a URL
 * or a form post tells nothing about what exists.
 */
@ApplicationScoped
public class ArchiveScope {

  @Inject Caller caller;
  @Inject EnterpriseRepository enterprises;
  @Inject PersonRepository persons;
  @Inject AppointmentRepository appointments;
  @Inject FilingRepository filings;

  /** Regulators review filings; their scope is a jurisdiction subtree. */
  public boolean callerIsRegulator() {
    return caller.has(Permission.FILING_REVIEW);
  }

  /** The jurisdiction prefix a regulator's queries use. */
  public String regulatorSubtree() {
    return caller.jurisdictionPath().filter(p -> callerIsRegulator()).orElseThrow(this::refused);
  }

  public boolean covers(Enterprise enterprise) {
    if (!caller.has(Permission.ARCHIVE_READ)) {
      return false;
    }
    if (callerIsRegulator()) {
      return caller
          .jurisdictionPath()
          .map(path -> enterprise.getOrganisation().getJurisdiction().getPath().startsWith(path))
          .orElse(false);
    }
    return caller.organisationId().map(enterprise.getOrganisation().getId()::equals).orElse(false);
  }

  /** The enterprise, if the caller may see it. */
  public Enterprise enterprise(long enterpriseId) {
    return enterprises
        .find(enterpriseId)
        .filter(this::covers)
        .orElseThrow(() -> new NotFoundException("Enterprise", enterpriseId));
  }

  /** The caller's own enterprise, for enterprise administrators acting on it. */
  public Enterprise ownEnterprise(long enterpriseId) {
    Enterprise enterprise = enterprise(enterpriseId);
    Optional<Long> own = caller.organisationId();
    if (own.isEmpty() || !own.get().equals(enterprise.getOrganisation().getId())) {
      throw new NotFoundException("Enterprise", enterpriseId);
    }
    return enterprise;
  }

  private NotFoundException refused() {
    return new NotFoundException("Jurisdiction", caller.name());
  }

  /** The person, if one of their appointments or filings is at an enterprise the caller sees. */
  public Person person(long personId) {
    Person person =
        persons.find(personId).orElseThrow(() -> new NotFoundException("Person", personId));
    requireVisible(
        personId,
        appointments.findByPerson(personId),
        filings.findByPerson(personId, hashOf(person)));
    return person;
  }

  /**
   * Refuses a person none of whose appointments or filings is at an enterprise the caller sees,
   * with the lists a caller has loaded already.
   */
  public void requireVisible(long personId, List<Appointment> held, List<Filing> filed) {
    boolean visible =
        Stream.concat(
                held.stream().map(Appointment::getEnterprise),
                filed.stream().map(Filing::getEnterprise))
            .anyMatch(this::covers);
    if (!visible) {
      throw new NotFoundException("Person", personId);
    }
  }

  /** The keyed hash of the person's id number, or none for someone without particulars. */
  public static String hashOf(Person person) {
    return person.particulars().map(p -> p.getIdNumber().hash()).orElse("");
  }
}
