package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.application.AppointmentApproved;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.FileStore;
import org.cosqual.personnel.application.FiledParticulars;
import org.cosqual.personnel.application.FilingDetails;
import org.cosqual.personnel.application.FilingService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.AppointmentRepository;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.Term;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.file.FileUse;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.filing.FilingDiff;
import org.cosqual.personnel.domain.model.filing.FilingKind;
import org.cosqual.personnel.domain.model.filing.FilingQuery;
import org.cosqual.personnel.domain.model.filing.FilingRepository;
import org.cosqual.personnel.domain.model.filing.FilingRevision;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.PersonRepository;
import org.cosqual.personnel.domain.model.person.Qualification;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.model.review.ReviewStepRepository;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;

@ApplicationScoped
@Transactional
public class DefaultFilingService implements FilingService {

  @Inject ArchiveScope scope;
  @Inject ArchiveRules rules;
  @Inject Revisions revisions;
  @Inject FilingRepository filings;
  @Inject PersonRepository persons;
  @Inject AppointmentRepository appointments;
  @Inject ReviewStepRepository steps;
  @Inject AuditTrail audit;
  @Inject FileStore files;
  @Inject Event<AppointmentApproved> appointmentApproved;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public Filing fileAppointment(
      long enterpriseId,
      KeyPosition position,
      FiledParticulars person,
      LocalDate from,
      Long documentFileId,
      String note) {
    caller.require(Permission.FILING_SUBMIT);
    Enterprise enterprise = scope.ownEnterprise(enterpriseId);
    if (position == null) {
      throw new BusinessException("error.field.required", "general.keyPosition");
    }
    FilingRevision first =
        revisions.withParticulars(person, from, checkedDocument(documentFileId), note);
    String hash = first.getParticulars().getIdNumber().hash();
    refuseSecondOpenFiling(filings.findOpenForCandidate(hash), enterprise, position);
    Person known = persons.findByIdNumberHash(hash).orElse(null);
    rules.checkNewAppointment(enterprise, position, new Term(from, null), known);
    Filing filing = filings.store(Filing.appointment(enterprise, position, known, first));
    return submitted(filing, first);
  }

  @Override
  public Filing fileChange(
      long appointmentId,
      FiledParticulars person,
      LocalDate effectiveOn,
      Long documentFileId,
      String note) {
    caller.require(Permission.FILING_SUBMIT);
    Appointment appointment = ownAppointment(appointmentId);
    FilingRevision first =
        revisions.withParticulars(
            person,
            appointment.getPerson().getParticulars(),
            effectiveOn,
            checkedDocument(documentFileId),
            note);
    Filing filing = filings.store(Filing.about(appointment, FilingKind.CHANGE, first));
    return submitted(filing, first);
  }

  @Override
  public Filing fileDeparture(long appointmentId, LocalDate lastDay, String note) {
    caller.require(Permission.FILING_SUBMIT);
    Appointment appointment = ownAppointment(appointmentId);
    FilingRevision first = revisions.departure(appointment.getPerson(), lastDay, note);
    appointment.termEndingOn(first.getEffectiveOn());
    Filing filing = filings.store(Filing.about(appointment, FilingKind.DEPARTURE, first));
    return submitted(filing, first);
  }

  @Override
  public StoredFile uploadAppointmentDocument(String fileName, InputStream content) {
    caller.require(Permission.FILING_SUBMIT);
    return files.store(FileUse.APPOINTMENT_DOCUMENT, fileName, content);
  }

  @Override
  public Optional<StoredFile> findFilingDocument(long filingId) {
    caller.require(Permission.ARCHIVE_READ);
    return Optional.ofNullable(visible(filingId).currentRevision().getDocumentFileId())
        .flatMap(files::findFile);
  }

  /** A document id from a form must name an appointment document, not any stored file. */
  private Long checkedDocument(Long documentFileId) {
    if (documentFileId != null
        && files
            .findFile(documentFileId)
            .filter(f -> f.getUse() == FileUse.APPOINTMENT_DOCUMENT)
            .isEmpty()) {
      throw new NotFoundException("StoredFile", documentFileId);
    }
    return documentFileId;
  }

  @Override
  public void resubmitFiling(
      long filingId,
      long version,
      FiledParticulars person,
      LocalDate effectiveOn,
      Long documentFileId,
      String note) {
    caller.require(Permission.FILING_SUBMIT);
    Filing filing = lockForChange(filingId, version);
    scope.ownEnterprise(filing.getEnterprise().getId());
    FilingRevision correction =
        filing.getKind() == FilingKind.DEPARTURE
            ? revisions.departure(filing.getPerson(), effectiveOn, note)
            : revisions.withParticulars(
                person,
                filing.currentRevision().getParticulars(),
                effectiveOn,
                checkedDocument(documentFileId),
                note);
    if (filing.getKind() == FilingKind.APPOINTMENT) {
      rules.checkNewAppointment(
          filing.getEnterprise(),
          filing.getPosition(),
          new Term(correction.getEffectiveOn(), null),
          candidate(filing));
    } else if (filing.getKind() == FilingKind.DEPARTURE) {
      filing.getAppointment().termEndingOn(correction.getEffectiveOn());
    }
    ReviewStep.Draft step = filing.resubmit(correction);
    steps.store(new ReviewStep(Filing.REVIEW_SUBJECT, filing.getId(), step));
    record(AuditAction.FILING_RESUBMITTED, filing, "revision " + correction.getNumber());
  }

  @Override
  public void approveFiling(long filingId, long version, String comment) {
    caller.require(Permission.FILING_REVIEW);
    Filing filing = lockForReview(filingId, version);
    ReviewStep.Draft step = filing.approve(caller.name(), clock.instant(), comment);
    FilingRevision revision = filing.currentRevision();
    switch (filing.getKind()) {
      case APPOINTMENT -> appoint(filing, revision);
      case CHANGE ->
          filing
              .getPerson()
              .takeParticulars(
                  revision.getName(),
                  revision.getPhone(),
                  revision.getEmail(),
                  revision.getParticulars(),
                  revision.getExperiences());
      case DEPARTURE -> filing.getAppointment().end(revision.getEffectiveOn(), revision.getNote());
    }
    steps.store(new ReviewStep(Filing.REVIEW_SUBJECT, filing.getId(), step));
    record(AuditAction.FILING_APPROVED, filing, comment == null ? "" : comment);
  }

  private void appoint(Filing filing, FilingRevision revision) {
    Person person = candidate(filing);
    Term term = new Term(revision.getEffectiveOn(), null);
    rules.checkNewAppointment(filing.getEnterprise(), filing.getPosition(), term, person);
    if (person == null) {
      person =
          persons.store(new Person(revision.getName(), revision.getPhone(), revision.getEmail()));
    }
    person.takeParticulars(
        revision.getName(),
        revision.getPhone(),
        revision.getEmail(),
        revision.getParticulars(),
        revision.getExperiences());
    filing.approvedFor(person);
    Appointment appointment =
        appointments.store(
            new Appointment(
                person,
                filing.getEnterprise(),
                filing.getPosition(),
                term,
                revision.getDocumentFileId(),
                filing.getId()));
    appointmentApproved.fire(
        new AppointmentApproved(
            appointment.getId(),
            person.getId(),
            filing.getEnterprise().getId(),
            filing.getPosition(),
            term.getFrom()));
  }

  @Override
  public void returnFiling(long filingId, long version, String reason) {
    caller.require(Permission.FILING_REVIEW);
    Filing filing = lockForReview(filingId, version);
    ReviewStep.Draft step = filing.returnForCorrection(caller.name(), clock.instant(), reason);
    steps.store(new ReviewStep(Filing.REVIEW_SUBJECT, filing.getId(), step));
    record(AuditAction.FILING_RETURNED, filing, step.reason());
  }

  @Override
  public FilingDetails getFiling(long filingId) {
    caller.require(Permission.ARCHIVE_READ);
    Filing filing = visible(filingId);
    FilingRevision revision = filing.currentRevision();
    Person current = filing.getPerson() != null ? filing.getPerson() : candidate(filing);
    Qualification qualification =
        revision.getParticulars() == null
                || !filing.getPosition().equals(KeyPosition.QUALITY_SAFETY_OFFICER)
            ? null
            : Qualification.assess(
                revision.getParticulars().getEducation(),
                revision.getExperiences(),
                LocalDate.now(clock));
    return new FilingDetails(
        filing,
        steps.findBySubject(Filing.REVIEW_SUBJECT, filing.getId()),
        FilingDiff.between(current, revision),
        qualification);
  }

  @Override
  public List<Filing> findWorkQueue(FilingQuery query, int first, int pageSize) {
    caller.require(Permission.FILING_REVIEW);
    return filings.findQueue(scope.regulatorSubtree(), query, first, pageSize);
  }

  @Override
  public long countWorkQueue(FilingQuery query) {
    caller.require(Permission.FILING_REVIEW);
    return filings.countQueue(scope.regulatorSubtree(), query);
  }

  @Override
  public long countPendingFilings() {
    if (!caller.has(Permission.FILING_REVIEW)) {
      return 0;
    }
    return filings.countInSubtree(scope.regulatorSubtree(), ReviewState.PENDING);
  }

  @Override
  public List<Filing> findEnterpriseFilings(long enterpriseId) {
    caller.require(Permission.ARCHIVE_READ);
    return filings.findByEnterprise(scope.enterprise(enterpriseId).getId());
  }

  private Filing submitted(Filing filing, FilingRevision first) {
    steps.store(
        ReviewStep.submitted(
            Filing.REVIEW_SUBJECT,
            filing.getId(),
            first.getSubmittedBy(),
            first.getSubmittedAt(),
            first.getNote()));
    record(AuditAction.FILING_SUBMITTED, filing, "");
    return filing;
  }

  /** The person a filing is about, or the archived person with the filed id number. */
  private Person candidate(Filing filing) {
    if (filing.getPerson() != null) {
      return filing.getPerson();
    }
    return persons.findByIdNumberHash(filing.getCandidateHash()).orElse(null);
  }

  private void refuseSecondOpenFiling(
      List<Filing> open, Enterprise enterprise, KeyPosition position) {
    for (Filing other : open) {
      if (other.getEnterprise().getId().equals(enterprise.getId())
          && other.getPosition().equals(position)) {
        throw new BusinessException("error.filing.alreadyOpen", other.getId());
      }
    }
  }

  private Appointment ownAppointment(long appointmentId) {
    Appointment appointment =
        appointments
            .find(appointmentId)
            .orElseThrow(() -> new NotFoundException("Appointment", appointmentId));
    scope.ownEnterprise(appointment.getEnterprise().getId());
    List<Filing> open =
        filings.findByEnterprise(appointment.getEnterprise().getId()).stream()
            .filter(f -> f.getState() != ReviewState.APPROVED)
            .filter(f -> f.getAppointment() != null && f.getAppointment().getId() == appointmentId)
            .toList();
    if (!open.isEmpty()) {
      throw new BusinessException("error.filing.alreadyOpen", open.get(0).getId());
    }
    return appointment;
  }

  private Filing visible(long filingId) {
    Filing filing =
        filings.find(filingId).orElseThrow(() -> new NotFoundException("Filing", filingId));
    if (!scope.covers(filing.getEnterprise())) {
      throw new NotFoundException("Filing", filingId);
    }
    return filing;
  }

  /** The filing's row locked, so two reviewers acting at once are serialised; then the version. */
  private Filing lockForChange(long filingId, long version) {
    Filing filing =
        filings.lock(filingId).orElseThrow(() -> new NotFoundException("Filing", filingId));
    if (!scope.covers(filing.getEnterprise())) {
      throw new NotFoundException("Filing", filingId);
    }
    StaleVersionException.check("Filing", filingId, version, filing.getVersion());
    return filing;
  }

  private Filing lockForReview(long filingId, long version) {
    scope.regulatorSubtree();
    return lockForChange(filingId, version);
  }

  private void record(AuditAction action, Filing filing, String detail) {
    FilingRevision revision = filing.currentRevision();
    String who =
        revision.getParticulars() == null
            ? revision.getName()
            : revision.getName() + " " + revision.getParticulars().getIdNumber().masked();
    audit.append(
        new AuditRecord(
            caller.name(),
            action,
            "filing:" + filing.getId(),
            (filing.getKind() + " " + filing.getPosition() + " " + who + " " + detail).strip(),
            caller.remoteAddress()));
  }
}
