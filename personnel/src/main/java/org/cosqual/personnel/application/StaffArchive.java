package org.cosqual.personnel.application;

import java.util.List;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.Qualification;
import org.cosqual.personnel.domain.model.supervision.DutyRecord;
import org.cosqual.personnel.domain.model.supervision.Sanction;

/**
 * Everything the archive holds on one person: particulars, appointments, filings (pending ones
 * included), sanctions, duty records, the qualification check, whether they have an account, and
 * the sections other modules add.
 */
public record StaffArchive(
    Person person,
    List<Appointment> appointments,
    List<Filing> filings,
    List<Sanction> sanctions,
    List<DutyRecord> dutyRecords,
    Qualification qualification,
    boolean hasAccount,
    List<Section> sections) {

  /** A section filled by another module. */
  public record Section(String titleKey, List<ArchiveSection.Line> lines) {}
}
