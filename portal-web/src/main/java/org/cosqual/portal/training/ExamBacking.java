package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.portal.shell.DisplayZone;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.training.application.ExamService;
import org.cosqual.training.domain.model.assessment.Attempt;
import org.cosqual.training.domain.model.assessment.AttemptClosing;
import org.cosqual.training.domain.model.assessment.AttemptItem;
import org.cosqual.training.domain.model.assessment.AttemptStatus;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.primefaces.PrimeFaces;

/**
 * One attempt of the candidate's: while it is open, its questions with the answers saved so far,
 * each change saved at once, and the time left by the server's deadline; once submitted, the score
 * and result, and question by question the points with, when the campaign shows them, the correct
 * answers and explanations. Opening the page again (a reload, another browser) is the service's
 * resume: the same paper, the saved answers, the remaining time.
 */
@Named("exam")
@ViewScoped
public class ExamBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Refusals that mean the attempt is over: the page offers to show its result. */
  private static final Set<String> OVER = Set.of("error.attempt.timeUp", "error.attempt.submitted");

  @Inject transient ExamService exams;
  @Inject transient AttemptClients clients;
  @Inject transient Clock clock;
  @Inject transient DisplayZone zone;

  private String attempt;
  private long attemptId;
  private List<ExamQuestion> questions;
  private String campaignTitle;
  private int number;
  private boolean open;
  private boolean over;
  private Instant deadline;

  private AttemptStatus status;
  private AttemptClosing closing;
  private Instant submittedAt;
  private Integer score;
  private int maxScore;
  private int passMark;
  private boolean passed;
  private boolean practice;
  private Back back;
  private boolean showAnswers;

  /** Opens the attempt of the address; another person's or an unknown one is not found. */
  public void load() {
    if (questions == null) {
      PageActions.loadOrNotFound(id -> exams.openAttempt(id, clients.current()), attempt)
          .ifPresent(this::show);
    }
  }

  private void show(Attempt shown) {
    Campaign campaign = shown.getEnrolment().getCampaign();
    attemptId = shown.getId();
    campaignTitle = campaign.getTitle();
    number = shown.getNumber();
    open = shown.isOpen();
    deadline = shown.getDeadline();
    status = shown.getStatus();
    closing = shown.getClosing();
    submittedAt = shown.getSubmittedAt();
    score = shown.getScore();
    maxScore = shown.getMaxScore();
    passMark = campaign.getPassMark();
    passed = shown.isPassed();
    practice = shown.isPractice();
    back = Back.of(campaign);
    showAnswers = campaign.isShowAnswers();
    questions =
        shown.getItems().stream()
            .map(
                item -> {
                  ExamQuestion question = ExamQuestion.of(item, savedAt(item));
                  if (!open && showAnswers) {
                    question.reveal(item);
                  }
                  return question;
                })
            .toList();
  }

  private String savedAt(AttemptItem item) {
    return item.getAnsweredAt() == null ? null : zone.formatTime(item.getAnsweredAt());
  }

  /**
   * Saves one question's answer as the form holds it now; a refusal (time up, submitted, an answer
   * the question does not take) is shown beside the question and the saved answer stays as it was.
   * The server's time left goes back to the page's countdown.
   */
  public void save(ExamQuestion question) {
    try {
      Instant at =
          exams.answerQuestion(
              attemptId, question.getItemId(), question.answer(), clients.current());
      question.saved(zone.formatTime(at));
    } catch (BusinessException refusal) {
      question.refused(PageMessages.explained(refusal.getMessageKey(), refusal.getArguments()));
      over |= OVER.contains(refusal.getMessageKey());
    }
    PrimeFaces.current().ajax().addCallbackParam("remaining", getRemainingSeconds());
  }

  /** Submits the attempt and shows its result; submitted already (by the clock), it is shown. */
  public String submit() {
    if (PageActions.attempt(() -> exams.submitAttempt(attemptId, clients.current()))) {
      PageMessages.info("staff_exam.message.submitted");
    }
    PageMessages.keepForRedirect();
    return address(attemptId);
  }

  /**
   * Starts (or resumes) an attempt by the call and gives its page as a redirect; none when the call
   * is refused, its message shown.
   */
  public static String started(Supplier<Attempt> start) {
    Attempt[] attempt = new Attempt[1];
    return PageActions.attempt(() -> attempt[0] = start.get()) ? address(attempt[0].getId()) : null;
  }

  /** The exam page of an attempt, as a redirect. */
  public static String address(long attemptId) {
    return "/training/exam.xhtml?faces-redirect=true&attempt=" + attemptId;
  }

  /** Whole seconds left by the server's clock, rounded up; none once it is closed. */
  public long getRemainingSeconds() {
    return open ? remainingSeconds(deadline, clock.instant()) : 0;
  }

  static long remainingSeconds(Instant deadline, Instant now) {
    Duration left = Duration.between(now, deadline);
    return left.isNegative() ? 0 : (left.toMillis() + 999) / 1000;
  }

  public long getUnanswered() {
    return questions.stream().filter(q -> !q.isAnswered()).count();
  }

  public long getAnswered() {
    return questions.size() - getUnanswered();
  }

  /** The points of the questions graded so far (all of them once the attempt is graded). */
  public int getPointsSoFar() {
    return score != null
        ? score
        : questions.stream()
            .filter(q -> q.getAwarded() != null)
            .mapToInt(q -> q.getAwarded())
            .sum();
  }

  public boolean isGraded() {
    return status == AttemptStatus.GRADED;
  }

  public String getAttempt() {
    return attempt;
  }

  public void setAttempt(String attempt) {
    this.attempt = attempt;
  }

  public long getAttemptId() {
    return attemptId;
  }

  public List<ExamQuestion> getQuestions() {
    return questions;
  }

  public String getCampaignTitle() {
    return campaignTitle;
  }

  public int getNumber() {
    return number;
  }

  public boolean isOpen() {
    return open;
  }

  /** Whether a save was refused because the attempt is over (time up, or submitted elsewhere). */
  public boolean isOver() {
    return over;
  }

  public Instant getDeadline() {
    return deadline;
  }

  public AttemptStatus getStatus() {
    return status;
  }

  public AttemptClosing getClosing() {
    return closing;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Integer getScore() {
    return score;
  }

  public int getMaxScore() {
    return maxScore;
  }

  public int getPassMark() {
    return passMark;
  }

  public boolean isPassed() {
    return passed;
  }

  /** A practice attempt: its score counts for nothing. */
  /** Where the candidate came from: the course of a quiz, the practice sets, or 我的考核. */
  public Back getBack() {
    return back;
  }

  /**
   * A page to go back to.
   *
   * @param path its address in the portal
   * @param labelKey its title's message key
   */
  public record Back(String path, String labelKey) implements Serializable {

    static Back of(Campaign campaign) {
      if (campaign.isCourseQuiz()) {
        return new Back(
            "/training/course.xhtml?id=" + campaign.getCourse().getId(),
            "training_exam.backToCourse");
      }
      return campaign.isPracticeSet()
          ? new Back("/training/practice.xhtml", "training_practice.title")
          : new Back("/staff/assessments.xhtml", "staff_assessments.title");
    }
  }

  public boolean isPractice() {
    return practice;
  }

  public boolean isShowAnswers() {
    return showAnswers;
  }
}
