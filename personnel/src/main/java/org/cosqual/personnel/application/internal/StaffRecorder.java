package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.cosqual.personnel.application.AppointmentApproved;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.internal.StaffRowCheck.Checked;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.AppointmentRepository;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.PersonRepository;

/**
 * Records one checked row of a staff import in the archive, in the caller's transaction: the person
 * (found by the id number's hash, whose archived particulars stay as they are, or created from the
 * row), the appointment after the archive rules, the audit entry, and the {@link
 * AppointmentApproved} event that filings fire too.
 */
@ApplicationScoped
public class StaffRecorder {

  @Inject PersonRepository persons;
  @Inject AppointmentRepository appointments;
  @Inject ArchiveRules rules;
  @Inject AuditTrail audit;
  @Inject Event<AppointmentApproved> appointmentApproved;
  @Inject Caller caller;
  @Inject Clock clock;

  public void record(Checked row) {
    caller.require(Permission.FILING_REVIEW);
    Person person =
        row.mayBeArchived()
            ? persons.findByIdNumberHash(row.particulars().getIdNumber().hash()).orElse(null)
            : null;
    rules.checkNewAppointment(row.enterprise(), row.position(), row.term(), person);
    if (person == null) {
      person = persons.store(new Person(row.name(), row.phone(), null));
      person.takeParticulars(row.name(), row.phone(), null, row.particulars(), row.experiences());
    }
    Appointment appointment =
        appointments.store(
            Appointment.imported(
                person,
                row.enterprise(),
                row.position(),
                row.term(),
                caller.name(),
                clock.instant()));
    audit.append(
        new AuditRecord(
            caller.name(),
            AuditAction.STAFF_IMPORTED,
            "person:" + person.getId(),
            row.position()
                + " "
                + row.enterprise().getCreditCode().value()
                + " "
                + row.particulars().getIdNumber().masked()
                + " "
                + row.term().getFrom(),
            caller.remoteAddress()));
    appointmentApproved.fire(
        new AppointmentApproved(
            appointment.getId(),
            person.getId(),
            row.enterprise().getId(),
            row.position(),
            row.term().getFrom()));
  }
}
