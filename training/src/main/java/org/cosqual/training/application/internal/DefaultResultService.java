package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.organisation.OrganisationRepository;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.training.application.ResultService;
import org.cosqual.training.domain.model.assessment.AssessmentFiling;
import org.cosqual.training.domain.model.assessment.Attempt;
import org.cosqual.training.domain.model.assessment.AttemptEvent;
import org.cosqual.training.domain.model.assessment.AttemptItem;
import org.cosqual.training.domain.model.assessment.AttemptRepository;
import org.cosqual.training.domain.model.assessment.CampaignRepository;
import org.cosqual.training.domain.model.assessment.Enrolment;

/**
 * Results are the work of the regulators who review filings; an enrolment or attempt whose
 * enterprise lies outside the caller's subtree is not found.
 */
@ApplicationScoped
@Transactional
public class DefaultResultService implements ResultService {

  @Inject CampaignRepository campaigns;
  @Inject AttemptRepository attempts;
  @Inject TrainingCaller trainingCaller;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject OrganisationRepository organisations;
  @Inject Clock clock;
  @Inject QuizCompletions quizCompletions;

  @Override
  public List<AttemptItem> findAnswersToGrade() {
    caller.require(Permission.FILING_REVIEW);
    return attempts.findAnswersToGrade(trainingCaller.subtree());
  }

  @Override
  public Attempt gradeShortAnswer(long attemptId, long itemId, int points) {
    Attempt attempt = scoped(attempts.findForUpdate(attemptId), attemptId);
    AttemptItem item =
        attempt.getItems().stream()
            .filter(i -> i.getId() == itemId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("AttemptItem", itemId));
    attempt.gradeByHand(item, points, clock.instant());
    quizCompletions.creditIfPassed(attempt);
    record(AuditAction.ANSWER_GRADED, "attempt:" + attemptId, itemId + ": " + points);
    return attempt;
  }

  @Override
  public List<Attempt> findAttempts(long enrolmentId) {
    return attempts.findByEnrolment(enrolment(enrolmentId, false).getId());
  }

  @Override
  public List<AttemptEvent> findAttemptLog(long attemptId) {
    return attempts.findEvents(scoped(attempts.find(attemptId), attemptId).getId());
  }

  @Override
  public Enrolment grantMakeUp(long enrolmentId, long version, String reason) {
    Enrolment enrolment = enrolment(enrolmentId, true);
    StaleVersionException.check("Enrolment", enrolmentId, version, enrolment.getVersion());
    enrolment.grantMakeUp(reason, caller.name());
    record(AuditAction.MAKE_UP_GRANTED, "enrolment:" + enrolmentId, enrolment.getMakeUpReason());
    return campaigns.store(enrolment);
  }

  @Override
  public List<AssessmentFiling> findFilingsToConfirm() {
    caller.require(Permission.FILING_REVIEW);
    return campaigns.findFilingsToConfirm(trainingCaller.subtree());
  }

  @Override
  public AssessmentFiling confirmFiling(long filingId, long version) {
    caller.require(Permission.FILING_REVIEW);
    AssessmentFiling filing =
        campaigns
            .findFilingForUpdate(filingId)
            .filter(f -> inScope(f.getEnrolment()))
            .orElseThrow(() -> new NotFoundException("AssessmentFiling", filingId));
    StaleVersionException.check("AssessmentFiling", filingId, version, filing.getVersion());
    String unit =
        caller.organisationId().flatMap(organisations::find).map(o -> o.getName()).orElse("");
    filing.confirm(caller.name(), unit, clock.instant());
    record(
        AuditAction.ASSESSMENT_FILING_CONFIRMED,
        "enrolment:" + filing.getEnrolment().getId(),
        filing.getScore()
            + "/"
            + filing.getMaxScore()
            + (filing.isPassed() ? " passed" : " failed"));
    return filing;
  }

  private Attempt scoped(Optional<Attempt> attempt, long attemptId) {
    caller.require(Permission.FILING_REVIEW);
    return attempt
        .filter(a -> inScope(a.getEnrolment()))
        .orElseThrow(() -> new NotFoundException("Attempt", attemptId));
  }

  private Enrolment enrolment(long enrolmentId, boolean lock) {
    caller.require(Permission.FILING_REVIEW);
    return (lock
            ? campaigns.findEnrolmentForUpdate(enrolmentId)
            : campaigns.findEnrolment(enrolmentId))
        .filter(this::inScope)
        .orElseThrow(() -> new NotFoundException("Enrolment", enrolmentId));
  }

  private boolean inScope(Enrolment enrolment) {
    return enrolment.getJurisdictionPath().startsWith(trainingCaller.subtree());
  }

  private void record(AuditAction action, String subject, String detail) {
    audit.append(new AuditRecord(caller.name(), action, subject, detail, caller.remoteAddress()));
  }
}
