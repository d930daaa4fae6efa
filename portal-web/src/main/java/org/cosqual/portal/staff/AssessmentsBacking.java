package org.cosqual.portal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.training.AttemptClients;
import org.cosqual.portal.training.CertificatePdf;
import org.cosqual.portal.training.ExamBacking;
import org.cosqual.portal.verify.VerifyServlet;
import org.cosqual.training.application.Certificate;
import org.cosqual.training.application.ExamService;
import org.cosqual.training.domain.model.assessment.AssessmentFiling;
import org.cosqual.training.domain.model.assessment.Attempt;
import org.cosqual.training.domain.model.assessment.AttemptStatus;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.Enrolment;
import org.cosqual.training.domain.model.assessment.EnrolmentResult;
import org.omnifaces.util.Faces;

/**
 * My assessments: the key-staff member's campaigns with their window, time limit, attempts, best
 * score and result, the attempts taken so far, and the button that starts the next attempt or
 * resumes the open one.
 */
@Named("staffAssessments")
@RequestScoped
public class AssessmentsBacking {

  @Inject ExamService exams;
  @Inject AttemptClients clients;
  @Inject CertificatePdf certificatePdf;
  @Inject Clock clock;
  @Inject ZoneId zone;

  private List<Assessment> assessments;

  /** What the candidate can do in a campaign now; the view's labels are keyed by it. */
  public enum Next {
    /** Start the next attempt. */
    START,
    /** Go back to the open attempt. */
    RESUME,
    /** The window has not opened yet. */
    NOT_YET,
    /** The window has closed (or the campaign is no longer open). */
    CLOSED,
    PASSED,
    /** A submitted attempt waits for a regulator to grade its short answers. */
    GRADING,
    /** Every attempt is used and none passed. */
    NONE_LEFT;

    public boolean isAction() {
      return this == START || this == RESUME;
    }
  }

  /** One campaign of the candidate's, with its attempts, first first. */
  public record Assessment(Enrolment enrolment, List<Attempt> attempts, Next next) {

    public Campaign getCampaign() {
      return enrolment.getCampaign();
    }

    /** The attempts the candidate has in all, a make-up one included. */
    /** Whether a certificate may be downloaded: the result passed and a regulator confirmed it. */
    public boolean isCertified() {
      return enrolment.getFiling().map(AssessmentFiling::isCertifiable).orElse(false);
    }

    /** Practice is open while the campaign is. */
    public boolean isPractisable() {
      return enrolment.getCampaign().isOpen();
    }

    public int getAttemptsAllowed() {
      return enrolment.getAttemptsUsed() + enrolment.attemptsLeft();
    }
  }

  public List<Assessment> getAssessments() {
    if (assessments == null) {
      LocalDate today = LocalDate.now(clock.withZone(zone));
      assessments =
          exams.findMyAssessments().stream()
              .map(
                  enrolment -> {
                    List<Attempt> attempts = exams.findMyAttempts(enrolment.getId());
                    return new Assessment(enrolment, attempts, next(enrolment, attempts, today));
                  })
              .toList();
    }
    return assessments;
  }

  static Next next(Enrolment enrolment, List<Attempt> attempts, LocalDate today) {
    Campaign campaign = enrolment.getCampaign();
    List<Attempt> counted = attempts.stream().filter(a -> !a.isPractice()).toList();
    return next(
        counted.stream().anyMatch(Attempt::isOpen),
        enrolment.getResult(),
        counted.stream().anyMatch(a -> a.getStatus() == AttemptStatus.AWAITING_GRADING),
        enrolment.attemptsLeft(),
        campaign.isOpen(),
        campaign.getOpensOn(),
        campaign.getClosesOn(),
        today);
  }

  /** What comes next, from the facts that decide it (in the order the service checks them). */
  static Next next(
      boolean openAttempt,
      EnrolmentResult result,
      boolean awaitingGrading,
      int attemptsLeft,
      boolean campaignOpen,
      LocalDate opensOn,
      LocalDate closesOn,
      LocalDate today) {
    if (openAttempt) {
      return Next.RESUME;
    }
    if (result == EnrolmentResult.PASSED) {
      return Next.PASSED;
    }
    if (attemptsLeft < 1) {
      return awaitingGrading ? Next.GRADING : Next.NONE_LEFT;
    }
    if (campaignOpen && today.isBefore(opensOn)) {
      return Next.NOT_YET;
    }
    if (!campaignOpen || today.isAfter(closesOn)) {
      return Next.CLOSED;
    }
    return Next.START;
  }

  /** Starts a practice attempt, which counts for nothing, and opens its page. */
  public String practise(long enrolmentId) {
    return refreshedUnlessStarted(
        ExamBacking.started(() -> exams.startPractice(enrolmentId, clients.current())));
  }

  /** The certificate of a confirmed pass as a PDF, with its verification code and QR code. */
  public void downloadCertificate(long enrolmentId) {
    PageActions.attempt(
        () -> {
          Certificate certificate = exams.myCertificate(enrolmentId);
          FacesContext faces = FacesContext.getCurrentInstance();
          Locale locale = faces.getViewRoot().getLocale();
          String address =
              VerifyServlet.address(
                  (HttpServletRequest) faces.getExternalContext().getRequest(),
                  certificate.document().getCode());
          Faces.sendFile(
              certificatePdf.render(certificate, address, locale),
              certificatePdf.fileName(certificate, locale),
              true);
        });
  }

  /** Starts the next attempt, or finds the open one, and opens its page. */
  public String start(long enrolmentId) {
    return refreshedUnlessStarted(
        ExamBacking.started(() -> exams.startAttempt(enrolmentId, clients.current())));
  }

  /** A refused start leaves the page, its list read again for what changed meanwhile. */
  private String refreshedUnlessStarted(String examPage) {
    if (examPage == null) {
      assessments = null;
    }
    return examPage;
  }
}
