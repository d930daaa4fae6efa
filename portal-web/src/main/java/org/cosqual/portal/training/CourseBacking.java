package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.portal.shell.FileDownload;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.portal.shell.ReviewNotes;
import org.cosqual.training.application.CourseService;
import org.cosqual.training.application.ExamService;
import org.cosqual.training.application.OnlineCompletion;
import org.cosqual.training.application.QuizStanding;
import org.cosqual.training.application.SessionService;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.course.CourseMaterial;
import org.cosqual.training.domain.model.course.CourseStatus;
import org.cosqual.training.domain.model.course.MaterialKind;
import org.cosqual.training.domain.model.course.ProviderKind;
import org.cosqual.training.domain.model.session.Session;
import org.cosqual.training.domain.model.session.SessionPlan;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * One course: what it is and its materials; for learners its sessions to enrol in and its online
 * completion and quiz; for its drafter the materials and the submission; for regulator
 * administrators the review, publication, retirement and the sessions they plan. Every action
 * carries the version the page was loaded at.
 */
@Named("course")
@ViewScoped
public class CourseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CourseService courses;
  @Inject transient SessionService sessions;
  @Inject transient FileDownload download;
  @Inject transient Caller caller;
  @Inject transient ExamService exams;
  @Inject transient AttemptClients clients;

  private String id;
  private transient Course course;
  private long courseId;
  private long version;
  private transient List<Session> courseSessions;
  private transient OnlineCompletion completion;
  private transient Optional<QuizStanding> quiz;
  private transient Set<Long> mySessions;

  private final ReviewNotes notes = new ReviewNotes();
  private String materialTitle;
  private String materialUrl;
  private transient UploadedFile materialFile;
  private Long materialFileId;
  private String materialFileName;

  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private String place;
  private String link;
  private Integer capacity;
  private boolean selfEnrolment = true;

  public void load() {
    if (course == null) {
      PageActions.loadOrNotFound(courses::getCourse, id).ifPresent(this::show);
    }
  }

  private void show(Course shown) {
    course = shown;
    courseId = shown.getId();
    version = shown.getVersion();
    courseSessions = null;
    completion = null;
    quiz = null;
  }

  private void reload() {
    show(courses.getCourse(courseId));
  }

  public Course getCourse() {
    if (course == null && courseId != 0) {
      reload();
    }
    return course;
  }

  public List<Session> getSessions() {
    if (courseSessions == null) {
      courseSessions = sessions.findSessionsOf(courseId);
    }
    return courseSessions;
  }

  public OnlineCompletion getCompletion() {
    if (completion == null) {
      completion = courses.onlineCompletion(courseId);
    }
    return completion;
  }

  /** Where the learner stands in completing it online, in words. */
  public String getCompletionState() {
    OnlineCompletion state = getCompletion();
    if (state.credited()) {
      return PageMessages.text("training_course.online.credited");
    }
    if (state.quizPending() && getQuiz() == null) {
      return PageMessages.text("training_course.online.quizPending");
    }
    return PageMessages.explained(
        state.quizPending()
            ? "training_course.online.progressBeforeQuiz"
            : "training_course.online.progress",
        state.opened().size(),
        state.materials());
  }

  /** The open quiz of the course and where the learner stands; none for others. */
  public QuizStanding getQuiz() {
    if (quiz == null) {
      quiz = getCompletion().open() ? exams.findMyQuiz(courseId) : Optional.empty();
    }
    return quiz.orElse(null);
  }

  /** Starts the quiz, or resumes its open attempt, and opens the attempt's page. */
  public String startQuiz() {
    String examPage = ExamBacking.started(() -> exams.startQuiz(courseId, clients.current()));
    if (examPage == null) {
      quiz = null;
    }
    return examPage;
  }

  public List<ReviewStep> getSteps() {
    return courses.findReviewSteps(courseId);
  }

  private void act(Runnable call, String messageKey) {
    notes.act(call, messageKey, () -> getCourse().getTitle(), this::reload);
  }

  public void submit() {
    act(
        () -> courses.submitCourse(courseId, version, notes.getNote()),
        "training_course.message.submitted");
  }

  public void approve() {
    act(
        () -> courses.approveCourse(courseId, version, notes.getNote()),
        "training_course.message.approved");
  }

  public void returnForCorrection() {
    act(
        () -> courses.returnCourse(courseId, version, notes.getReason()),
        "training_course.message.returned");
  }

  public void publish() {
    act(() -> courses.publishCourse(courseId, version), "training_course.message.published");
  }

  public void retire() {
    act(() -> courses.retireCourse(courseId, version), "training_course.message.retired");
  }

  /** Adds the chosen PDF or, without a file, the typed link; a refusal keeps both. */
  public void addMaterial() {
    if (!storeChosenFile()) {
      return;
    }
    boolean done =
        PageActions.attempt(
            () -> {
              if (materialFileId != null) {
                courses.addMaterialFile(courseId, version, materialTitle, materialFileId);
              } else {
                courses.addMaterialLink(courseId, version, materialTitle, materialUrl);
              }
            });
    if (done) {
      PageMessages.info("training_course.message.materialAdded", materialTitle.strip());
      materialTitle = null;
      materialUrl = null;
      materialFileId = null;
      materialFileName = null;
    }
    PageActions.attempt(this::reload);
  }

  private boolean storeChosenFile() {
    if (materialFile == null || materialFile.getSize() == 0) {
      return true;
    }
    try (InputStream content = materialFile.getInputStream()) {
      return PageActions.attempt(
          () -> {
            var stored = courses.uploadMaterial(materialFile.getFileName(), content);
            materialFileId = stored.getId();
            materialFileName = stored.getFileName();
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      materialFile = null;
    }
  }

  public void removeMaterial(CourseMaterial material) {
    act(
        () -> courses.removeMaterial(courseId, version, material.getId()),
        "training_course.message.materialRemoved");
  }

  /** Opens a material (the PDF in the browser, or the video's address) and records it. */
  public void openMaterial(CourseMaterial material) throws IOException {
    CourseMaterial[] opened = new CourseMaterial[1];
    if (!PageActions.attempt(() -> opened[0] = courses.openMaterial(courseId, material.getId()))) {
      return;
    }
    if (opened[0].getKind() == MaterialKind.FILE) {
      download.send(courses.materialFile(courseId, material.getId()), false);
    } else {
      Faces.redirect(opened[0].getUrl());
    }
  }

  public void planSession() {
    SessionPlan plan = new SessionPlan(startsAt, endsAt, place, link, capacity, selfEnrolment);
    boolean done = PageActions.attempt(() -> sessions.planSession(courseId, plan));
    if (done) {
      PageMessages.info("training_session.message.planned", getCourse().getTitle());
      startsAt = null;
      endsAt = null;
      place = null;
      link = null;
      capacity = null;
      courseSessions = null;
    }
  }

  public void enrol(Session session) {
    if (PageActions.attempt(() -> sessions.enrol(session.getId()))) {
      PageMessages.info("training_session.message.enrolled", getCourse().getTitle());
    }
    courseSessions = null;
    mySessions = null;
  }

  /** Whether the caller holds a place in the session (enrolled themselves or assigned). */
  public boolean isEnrolled(Session session) {
    if (mySessions == null) {
      mySessions =
          isLearner()
              ? sessions.findMyUpcomingSessions().stream()
                  .map(e -> e.getSession().getId())
                  .collect(Collectors.toSet())
              : Set.of();
    }
    return mySessions.contains(session.getId());
  }

  public boolean isDrafter() {
    Course shown = getCourse();
    boolean association = shown.getProviderKind() == ProviderKind.ASSOCIATION;
    return association
        ? caller.organisationId().map(shown.getProviderOrganisation().getId()::equals).orElse(false)
        : caller.has(Permission.REGULATION_MANAGE);
  }

  public boolean isEditable() {
    Course shown = getCourse();
    return isDrafter() && shown.getStatus() == CourseStatus.DRAFT && !shown.isInReview();
  }

  public boolean isReviewer() {
    return caller.has(Permission.REGULATION_MANAGE) && getCourse().isInReview();
  }

  public boolean isLearner() {
    return caller.has(Permission.TRAINING_OWN) || caller.has(Permission.LEARNING_OWN);
  }

  public boolean isPlanner() {
    return caller.has(Permission.REGULATION_MANAGE) && getCourse().isPublished();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ReviewNotes getNotes() {
    return notes;
  }

  public String getMaterialTitle() {
    return materialTitle;
  }

  public void setMaterialTitle(String materialTitle) {
    this.materialTitle = materialTitle;
  }

  public String getMaterialUrl() {
    return materialUrl;
  }

  public void setMaterialUrl(String materialUrl) {
    this.materialUrl = materialUrl;
  }

  public UploadedFile getMaterialFile() {
    return materialFile;
  }

  public void setMaterialFile(UploadedFile materialFile) {
    this.materialFile = materialFile;
  }

  public String getMaterialFileName() {
    return materialFileName;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public boolean isSelfEnrolment() {
    return selfEnrolment;
  }

  public void setSelfEnrolment(boolean selfEnrolment) {
    this.selfEnrolment = selfEnrolment;
  }
}
