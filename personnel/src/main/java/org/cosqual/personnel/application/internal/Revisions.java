package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.FiledParticulars;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.filing.FilingRevision;
import org.cosqual.personnel.domain.model.person.Education;
import org.cosqual.personnel.domain.model.person.IdNumber;
import org.cosqual.personnel.domain.model.person.IdNumberProtector;
import org.cosqual.personnel.domain.model.person.Particulars;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.WorkExperience;
import org.cosqual.personnel.domain.shared.Fields;

/** Turns what an enterprise filed into a checked, protected filing revision. */
@ApplicationScoped
public class Revisions {

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject IdNumberProtector protector;

  public FilingRevision withParticulars(
      FiledParticulars filed, LocalDate effectiveOn, Long documentFileId, String note) {
    return withParticulars(filed, null, effectiveOn, documentFileId, note);
  }

  /**
   * @param known the particulars on file; when given and no id number is typed, its protected
   *     number is kept (whoever files a change or a correction sees only the masked number)
   */
  public FilingRevision withParticulars(
      FiledParticulars filed,
      Particulars known,
      LocalDate effectiveOn,
      Long documentFileId,
      String note) {
    Education education =
        new Education(
            filed.degree(),
            filed.major(),
            filed.majorField(),
            filed.school(),
            filed.graduationYear(),
            clock);
    boolean keepNumber = known != null && (filed.idNumber() == null || filed.idNumber().isBlank());
    Particulars particulars =
        keepNumber
            ? known.withNew(education, filed.professionalTitle())
            : new Particulars(
                IdNumber.of(filed.idType(), filed.idNumber(), clock),
                protector,
                filed.birthDate(),
                filed.sex(),
                education,
                filed.professionalTitle());
    List<WorkExperience> jobs =
        filed.experiences().stream()
            .map(
                e ->
                    new WorkExperience(
                        e.employer(), e.from(), e.to(), e.industry(), e.area(), e.position()))
            .toList();
    return new FilingRevision(
        filed.name(),
        filed.phone(),
        filed.email(),
        particulars,
        jobs,
        effectiveOn,
        documentFileId,
        note,
        caller.name(),
        clock.instant());
  }

  /** A departure files only the last day and why; the why becomes the appointment's end reason. */
  public FilingRevision departure(Person person, LocalDate lastDay, String note) {
    Fields.optional(note, "general.filingNote", Appointment.END_REASON_MAX);
    return new FilingRevision(
        person.getName(),
        person.getPhone(),
        person.getEmail(),
        null,
        List.of(),
        lastDay,
        null,
        note,
        caller.name(),
        clock.instant());
  }
}
