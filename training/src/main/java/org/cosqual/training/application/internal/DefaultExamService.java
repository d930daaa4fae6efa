package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cosqual.personnel.application.IssuedDocuments;
import org.cosqual.personnel.domain.model.document.DocumentKind;
import org.cosqual.personnel.domain.model.document.IssuedDocument;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.training.application.Certificate;
import org.cosqual.training.application.ExamService;
import org.cosqual.training.application.PracticeSet;
import org.cosqual.training.application.QuestionBankService;
import org.cosqual.training.application.QuizStanding;
import org.cosqual.training.domain.model.assessment.AssessmentFiling;
import org.cosqual.training.domain.model.assessment.Attempt;
import org.cosqual.training.domain.model.assessment.AttemptClient;
import org.cosqual.training.domain.model.assessment.AttemptClosing;
import org.cosqual.training.domain.model.assessment.AttemptEvent;
import org.cosqual.training.domain.model.assessment.AttemptEventKind;
import org.cosqual.training.domain.model.assessment.AttemptItem;
import org.cosqual.training.domain.model.assessment.AttemptRepository;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.CampaignRepository;
import org.cosqual.training.domain.model.assessment.Enrolment;
import org.cosqual.training.domain.model.assessment.QuestionPool;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.course.CourseRepository;
import org.cosqual.training.domain.model.question.Answer;

/**
 * A candidate works only on their own enrolments and attempts; anything else is not found. Every
 * change of an attempt locks its row first, so answers, a second tab, a submission and the clock
 * take turns on it and none overwrites another's write; a start locks the enrolment row, and the
 * unique open-attempt column backs that up.
 */
@ApplicationScoped
@Transactional
public class DefaultExamService implements ExamService {

  private static final int EXPIRED_BATCH = 200;

  private static final Logger LOG = Logger.getLogger(DefaultExamService.class.getName());

  private final SecureRandom seeds = new SecureRandom();

  @Inject AttemptClosings closings;
  @Inject CampaignRepository campaigns;
  @Inject CourseRepository courses;
  @Inject AttemptRepository attempts;
  @Inject QuestionPool pool;
  @Inject QuestionBankService bank;
  @Inject TrainingCaller trainingCaller;
  @Inject IssuedDocuments documents;
  @Inject PositionNames positionNames;
  @Inject Clock clock;
  @Inject ZoneId zone;

  @Override
  public List<Enrolment> findMyAssessments() {
    trainingCaller.requireLearner();
    return campaigns.findEnrolmentsOf(trainingCaller.person().getId()).stream()
        .filter(e -> e.getCampaign().isAnnual())
        .toList();
  }

  @Override
  public Optional<QuizStanding> findMyQuiz(long courseId) {
    trainingCaller.requireLearner();
    return campaigns.findOpenQuiz(courseId).filter(this::mayTake).map(this::standing);
  }

  @Override
  public Attempt startQuiz(long courseId, AttemptClient client) {
    trainingCaller.requireLearner();
    Campaign quiz =
        campaigns
            .findOpenQuiz(courseId)
            .filter(this::mayTake)
            .orElseThrow(() -> new BusinessException("error.quiz.none"));
    quiz.requireStartable(today());
    QuizStanding standing = standing(quiz);
    if (standing.materialsLeft() > 0) {
      throw new BusinessException("error.quiz.materialsFirst", standing.materialsLeft());
    }
    Enrolment enrolment = standing.taken().orElseGet(() -> enrolAtFirstStart(quiz));
    return startAttempt(enrolment.getId(), client);
  }

  @Override
  public List<PracticeSet> findPracticeSets() {
    trainingCaller.requireLearner();
    long personId = trainingCaller.person().getId();
    LocalDate today = today();
    return campaigns.findOpen(today).stream()
        .filter(c -> c.isPracticeSet() && !today.isBefore(c.getOpensOn()))
        .filter(c -> c.covers(trainingCaller.subtree()))
        .map(
            c ->
                new PracticeSet(
                    c,
                    campaigns
                        .findEnrolment(c.getId(), personId)
                        .map(e -> attempts.findByEnrolment(e.getId()))
                        .orElse(List.of())))
        .toList();
  }

  @Override
  public Attempt startPracticeSet(long campaignId, AttemptClient client) {
    trainingCaller.requireLearner();
    Campaign set =
        campaigns
            .find(campaignId)
            .filter(c -> c.isPracticeSet() && c.covers(trainingCaller.subtree()))
            .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
    set.requireStartable(today());
    Enrolment enrolment =
        campaigns
            .findEnrolment(campaignId, trainingCaller.person().getId())
            .orElseGet(() -> enrolAtFirstStart(set));
    return startPractice(enrolment.getId(), client);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  private boolean mayTake(Campaign quiz) {
    Course course = quiz.getCourse();
    return course.isPublished()
        && trainingCaller.isAudience(course.getAudience())
        && quiz.covers(trainingCaller.subtree());
  }

  private QuizStanding standing(Campaign quiz) {
    long personId = trainingCaller.person().getId();
    Course course = quiz.getCourse();
    Set<Long> opened = courses.findOpenedMaterials(personId, course.getId());
    int left =
        (int) course.getMaterials().stream().filter(m -> !opened.contains(m.getId())).count();
    return new QuizStanding(
        quiz, campaigns.findEnrolment(quiz.getId(), personId).orElse(null), left);
  }

  /**
   * Two first starts at once enrol once: the campaign's row lock makes the second wait, and its
   * locking read then finds the first one's enrolment.
   */
  private Enrolment enrolAtFirstStart(Campaign campaign) {
    Person learner = trainingCaller.person();
    campaigns.findForUpdate(campaign.getId());
    return campaigns
        .findEnrolmentForUpdate(campaign.getId(), learner.getId())
        .orElseGet(
            () ->
                campaigns.store(
                    Enrolment.atFirstStart(
                        campaign, learner, trainingCaller.subtree(), clock.instant())));
  }

  @Override
  public List<Attempt> findMyAttempts(long enrolmentId) {
    return attempts.findByEnrolment(ownEnrolment(enrolmentId, false).getId());
  }

  @Override
  public Attempt startAttempt(long enrolmentId, AttemptClient client) {
    Enrolment enrolment = ownEnrolment(enrolmentId, true);
    Instant now = clock.instant();
    var open = attempts.findOpen(enrolment);
    if (open.isPresent()) {
      // One whose time ran out before the clock's job came by is submitted now, and shown so.
      if (open.get().isExpired(now)) {
        close(open.get(), AttemptClosing.EXPIRED, now, AttemptClient.system());
      }
      return open.get();
    }
    Attempt attempt =
        attempts.store(
            Attempt.begin(
                enrolment, seeds.nextLong(), now, zone, pool, id -> bank.useQuestion(id)));
    log(attempt, AttemptEventKind.STARTED, now, client);
    return attempt;
  }

  @Override
  public Attempt startPractice(long enrolmentId, AttemptClient client) {
    Enrolment enrolment = ownEnrolment(enrolmentId, true);
    Instant now = clock.instant();
    Attempt attempt =
        attempts.store(
            Attempt.practise(enrolment, seeds.nextLong(), now, pool, id -> bank.useQuestion(id)));
    log(attempt, AttemptEventKind.STARTED, now, client);
    return attempt;
  }

  @Override
  public Attempt openAttempt(long attemptId, AttemptClient client) {
    Attempt attempt = ownAttempt(attemptId);
    Instant now = clock.instant();
    if (attempt.isExpired(now)) {
      close(attempt, AttemptClosing.EXPIRED, now, AttemptClient.system());
    } else if (attempt.isOpen()) {
      boolean firstOpening = !attempt.hasBeenSeen();
      noteSession(attempt, client, now);
      if (!firstOpening) {
        log(attempt, AttemptEventKind.RESUMED, now, client);
      }
    }
    return attempt;
  }

  @Override
  public Instant answerQuestion(long attemptId, long itemId, Answer shown, AttemptClient client) {
    Attempt attempt = ownAttempt(attemptId);
    AttemptItem item =
        attempts
            .findItem(itemId)
            .orElseThrow(() -> new BusinessException("error.attempt.noSuchQuestion"));
    Instant now = clock.instant();
    attempt.answer(item, shown, now);
    noteSession(attempt, client, now);
    return now;
  }

  @Override
  public Attempt submitAttempt(long attemptId, AttemptClient client) {
    Attempt attempt = ownAttempt(attemptId);
    Instant now = clock.instant();
    boolean expired = attempt.isExpired(now);
    close(attempt, expired ? AttemptClosing.EXPIRED : AttemptClosing.SUBMITTED, now, client);
    return attempt;
  }

  @Override
  public Certificate myCertificate(long enrolmentId) {
    Enrolment enrolment = ownEnrolment(enrolmentId, false);
    AssessmentFiling filing =
        enrolment
            .getFiling()
            .filter(AssessmentFiling::isCertifiable)
            .orElseThrow(() -> new BusinessException("error.certificate.none"));
    String position = positionNames.of(enrolment.getPosition());
    Campaign campaign = enrolment.getCampaign();
    IssuedDocument document =
        documents.issue(
            DocumentKind.ASSESSMENT_CERTIFICATE,
            enrolment.getPerson(),
            "enrolment:" + enrolment.getId(),
            "training_certificate.statement",
            List.of(
                campaign.getTitle(),
                position,
                String.valueOf(filing.getScore()),
                String.valueOf(filing.getMaxScore())),
            filing.getConfirmedUnit());
    return new Certificate(document, filing, position);
  }

  @Override
  @Transactional(TxType.NOT_SUPPORTED)
  public int closeExpiredAttempts() {
    Instant now = clock.instant();
    int closed = 0;
    for (long id : attempts.findExpired(now, EXPIRED_BATCH)) {
      try {
        closed += closings.closeIfExpired(id, now) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, e, () -> "Attempt " + id + " was not submitted at its deadline");
      }
    }
    return closed;
  }

  private void close(Attempt attempt, AttemptClosing how, Instant now, AttemptClient client) {
    closings.close(attempt, how, now, client);
  }

  private void noteSession(Attempt attempt, AttemptClient client, Instant now) {
    if (attempt.noteSession(client, now)) {
      log(attempt, AttemptEventKind.CONCURRENT_SESSION, now, client);
    }
  }

  private void log(Attempt attempt, AttemptEventKind kind, Instant now, AttemptClient client) {
    attempts.record(new AttemptEvent(attempt.getId(), kind, now, client));
  }

  private Enrolment ownEnrolment(long enrolmentId, boolean lock) {
    trainingCaller.requireLearner();
    long personId = trainingCaller.person().getId();
    return (lock
            ? campaigns.findEnrolmentForUpdate(enrolmentId)
            : campaigns.findEnrolment(enrolmentId))
        .filter(e -> e.getPerson().getId() == personId)
        .orElseThrow(() -> new NotFoundException("Enrolment", enrolmentId));
  }

  /** The caller's attempt, its row locked. */
  private Attempt ownAttempt(long attemptId) {
    trainingCaller.requireLearner();
    long personId = trainingCaller.person().getId();
    return attempts
        .findForUpdate(attemptId)
        .filter(a -> a.getPersonId() == personId)
        .orElseThrow(() -> new NotFoundException("Attempt", attemptId));
  }
}
