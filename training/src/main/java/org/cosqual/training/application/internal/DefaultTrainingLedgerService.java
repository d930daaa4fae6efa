package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.FileStore;
import org.cosqual.personnel.application.IssuedDocuments;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.AccountRepository;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.document.DocumentKind;
import org.cosqual.personnel.domain.model.document.IssuedDocument;
import org.cosqual.personnel.domain.model.file.FileUse;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.training.application.ExternalTrainingReport;
import org.cosqual.training.application.HourCorrection;
import org.cosqual.training.application.MyTraining;
import org.cosqual.training.application.TrainingLedgerService;
import org.cosqual.training.application.Transcript;
import org.cosqual.training.domain.model.ledger.HourEntry;
import org.cosqual.training.domain.model.ledger.HourEntryRepository;
import org.cosqual.training.domain.model.ledger.Hours;
import org.cosqual.training.domain.model.ledger.YearLedger;
import org.cosqual.training.domain.model.requirement.AppliesTo;
import org.cosqual.training.domain.model.requirement.Progress;
import org.cosqual.training.domain.model.requirement.RequirementRepository;
import org.cosqual.training.domain.model.requirement.TrainingCategory;
import org.cosqual.training.domain.model.requirement.TrainingRequirement;

@ApplicationScoped
@Transactional
public class DefaultTrainingLedgerService implements TrainingLedgerService {

  private static final String ENTITY = "HourEntry";

  @Inject HourEntryRepository entries;
  @Inject RequirementRepository requirements;
  @Inject AccountRepository accounts;
  @Inject FileStore files;
  @Inject IssuedDocuments documents;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject TrainingCaller learner;
  @Inject Clock clock;

  @Override
  public MyTraining myTraining(int year) {
    learner.requireLearner();
    YearLedger ledger = new YearLedger(entries.findByPersonAndYear(learner.person().getId(), year));
    TrainingRequirement requirement = requirements.inForce(year);
    Hours counted = ledger.countedHours(requirement::counts);
    return new MyTraining(
        year,
        ledger,
        requirement,
        Progress.on(LocalDate.now(clock), year, counted, requirement.getMinimumHours()),
        learner.isRegulatorLearner()
            || requirement.getAppliesTo() == AppliesTo.REGULATORS_AND_KEY_STAFF);
  }

  @Override
  public Transcript transcript(int year) {
    MyTraining training = myTraining(year);
    Account account = learner.account();
    String unit = account.getOrganisation() == null ? "" : account.getOrganisation().getName();
    IssuedDocument document =
        documents.issue(
            DocumentKind.TRAINING_TRANSCRIPT,
            account.getPerson(),
            String.valueOf(year),
            "training_transcript.statement",
            List.of(
                String.valueOf(year),
                training.progress().hours().toString(),
                training.requirement().getMinimumHours().stripTrailingZeros().toPlainString()),
            unit);
    return new Transcript(document, training, unit);
  }

  @Override
  public List<TrainingCategory> findCategories() {
    return requirements.findCategories();
  }

  @Override
  public StoredFile uploadEvidence(String fileName, InputStream content) {
    caller.require(Permission.TRAINING_OWN);
    return files.store(FileUse.TRAINING_EVIDENCE, fileName, content);
  }

  @Override
  public HourEntry reportExternalTraining(ExternalTrainingReport report) {
    caller.require(Permission.TRAINING_OWN);
    TrainingCategory category =
        requirements.getCategory(report.categoryCode(), "training_ledger.category");
    Hours hours = Hours.credited(report.hours(), "training_ledger.hours");
    if (report.evidenceFileId() == null) {
      throw new BusinessException("error.field.required", "training_ledger.evidence");
    }
    StoredFile evidence =
        files
            .findFile(report.evidenceFileId())
            .filter(f -> f.getUse() == FileUse.TRAINING_EVIDENCE)
            .orElseThrow(() -> new NotFoundException("StoredFile", report.evidenceFileId()));
    return entries.store(
        HourEntry.externalTraining(
            learner.person(),
            hours,
            category,
            report.title(),
            report.provider(),
            report.trainedOn(),
            evidence.getId(),
            caller.name(),
            clock.instant(),
            LocalDate.now(clock)));
  }

  @Override
  public List<HourEntry> findPendingEntries() {
    caller.require(Permission.REGULATION_MANAGE);
    return entries.findPendingInSubtree(learner.subtree());
  }

  @Override
  public HourEntry approveEntry(long entryId, long version) {
    HourEntry entry = decidable(entryId, version);
    entry.approve(caller.name(), clock.instant());
    record(AuditAction.TRAINING_HOURS_APPROVED, entry, entry.getHours().toString());
    return entry;
  }

  @Override
  public HourEntry rejectEntry(long entryId, long version, String reason) {
    HourEntry entry = decidable(entryId, version);
    entry.reject(caller.name(), clock.instant(), reason);
    record(AuditAction.TRAINING_HOURS_REJECTED, entry, entry.getDecisionReason());
    return entry;
  }

  @Override
  public HourEntry correctHours(long personId, HourCorrection correction) {
    caller.require(Permission.REGULATION_MANAGE);
    Account account =
        accounts
            .findByPerson(personId)
            .filter(learner::inScope)
            .orElseThrow(() -> new NotFoundException("Person", personId));
    if (learner.isSelf(account.getPerson())) {
      throw new BusinessException("error.ledger.ownEntry");
    }
    HourEntry entry =
        entries.store(
            HourEntry.correction(
                account.getPerson(),
                Hours.credited(correction.hours(), "training_ledger.hours"),
                requirements.getCategory(correction.categoryCode(), "training_ledger.category"),
                correction.title(),
                correction.trainedOn(),
                correction.reason(),
                caller.name(),
                clock.instant(),
                LocalDate.now(clock)));
    record(
        AuditAction.TRAINING_HOURS_CORRECTED,
        entry,
        entry.getHours() + " " + entry.getDecisionReason());
    return entry;
  }

  @Override
  public Optional<StoredFile> findEvidence(long entryId) {
    HourEntry entry = entries.find(entryId).orElseThrow(() -> notFound(entryId));
    boolean own = caller.has(Permission.TRAINING_OWN) && learner.isSelf(entry.getPerson());
    if (!own && !(caller.has(Permission.REGULATION_MANAGE) && inScope(entry))) {
      throw notFound(entryId);
    }
    return Optional.ofNullable(entry.getEvidenceFileId()).flatMap(files::findFile);
  }

  private HourEntry decidable(long entryId, long version) {
    caller.require(Permission.REGULATION_MANAGE);
    HourEntry entry = entries.findForUpdate(entryId).orElseThrow(() -> notFound(entryId));
    if (!inScope(entry)) {
      throw notFound(entryId);
    }
    if (learner.isSelf(entry.getPerson())) {
      throw new BusinessException("error.ledger.ownEntry");
    }
    StaleVersionException.check(ENTITY, entryId, version, entry.getVersion());
    return entry;
  }

  /** Whether the entry's person works in a unit inside the caller's jurisdiction subtree. */
  private boolean inScope(HourEntry entry) {
    return learner.personInScope(entry.getPerson().getId());
  }

  private static NotFoundException notFound(long entryId) {
    return new NotFoundException(ENTITY, entryId);
  }

  private void record(AuditAction action, HourEntry entry, String detail) {
    audit.append(
        new AuditRecord(
            caller.name(),
            action,
            "hourEntry:" + entry.getId(),
            entry.getPerson().getName() + " " + entry.getYear() + " " + detail,
            caller.remoteAddress()));
  }
}
