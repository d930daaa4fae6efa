package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.FileStore;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.file.FileUse;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.model.review.ReviewStepRepository;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.training.application.CourseService;
import org.cosqual.training.application.OnlineCompletion;
import org.cosqual.training.domain.model.course.Audience;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.course.CourseDetails;
import org.cosqual.training.domain.model.course.CourseMaterial;
import org.cosqual.training.domain.model.course.CourseRepository;
import org.cosqual.training.domain.model.course.MaterialKind;
import org.cosqual.training.domain.model.course.MaterialOpening;
import org.cosqual.training.domain.model.course.ProviderKind;
import org.cosqual.training.domain.model.ledger.EntrySource;
import org.cosqual.training.domain.model.ledger.HourEntryRepository;
import org.cosqual.training.domain.model.requirement.RequirementRepository;

@ApplicationScoped
@Transactional
public class DefaultCourseService implements CourseService {

  @Inject CourseRepository courses;
  @Inject RequirementRepository requirements;
  @Inject HourEntryRepository entries;
  @Inject ReviewStepRepository steps;
  @Inject FileStore files;
  @Inject CourseCredits credits;
  @Inject AuditTrail audit;
  @Inject TrainingCaller learner;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public List<Course> findCatalogue() {
    if (caller.has(Permission.REGULATION_MANAGE) || caller.has(Permission.COURSE_DRAFT)) {
      return courses.findPublished(EnumSet.allOf(Audience.class));
    }
    learner.requireLearner();
    Set<Audience> mine = EnumSet.noneOf(Audience.class);
    for (Audience audience : Audience.values()) {
      if (learner.isAudience(audience)) {
        mine.add(audience);
      }
    }
    return courses.findPublished(mine);
  }

  @Override
  public List<Course> findManagedCourses() {
    if (caller.has(Permission.REGULATION_MANAGE)) {
      return courses.findForRegulators();
    }
    caller.require(Permission.COURSE_DRAFT);
    return courses.findDraftedBy(ownOrganisationId());
  }

  @Override
  public List<Course> findCoursesInReview() {
    caller.require(Permission.REGULATION_MANAGE);
    return courses.findInReview();
  }

  @Override
  public Course getCourse(long courseId) {
    Course course = courses.find(courseId).orElseThrow(() -> notFound(courseId));
    if (!mayManage(course) && !mayTake(course)) {
      throw notFound(courseId);
    }
    return course;
  }

  @Override
  public List<ReviewStep> findReviewSteps(long courseId) {
    Course course = getCourse(courseId);
    return mayManage(course) ? steps.findBySubject(Course.REVIEW_SUBJECT, courseId) : List.of();
  }

  @Override
  public Course draftCourse(CourseDetails details) {
    caller.require(Permission.COURSE_DRAFT);
    Organisation drafter = learner.account().getOrganisation();
    if (drafter == null) {
      throw new AccessDeniedException(Permission.COURSE_DRAFT.code());
    }
    return courses.store(
        Course.draft(
            drafter,
            caller.roles().contains(Role.ASSOCIATION_EDITOR),
            details,
            requirements.getCategory(details.categoryCode(), "training_course.category"),
            caller.name(),
            clock.instant()));
  }

  @Override
  public Course reviseCourse(long courseId, long version, CourseDetails details) {
    Course course = drafted(courseId, version);
    course.revise(
        details, requirements.getCategory(details.categoryCode(), "training_course.category"));
    return course;
  }

  @Override
  public StoredFile uploadMaterial(String fileName, InputStream content) {
    caller.require(Permission.COURSE_DRAFT);
    return files.store(FileUse.COURSE_MATERIAL, fileName, content);
  }

  @Override
  public Course addMaterialFile(long courseId, long version, String title, long fileId) {
    Course course = drafted(courseId, version);
    StoredFile file =
        files
            .findFile(fileId)
            .filter(f -> f.getUse() == FileUse.COURSE_MATERIAL)
            .orElseThrow(() -> new NotFoundException("StoredFile", fileId));
    course.addFile(title, file.getId());
    return flushed(course);
  }

  @Override
  public Course addMaterialLink(long courseId, long version, String title, String url) {
    Course course = drafted(courseId, version);
    course.addLink(title, url);
    return flushed(course);
  }

  @Override
  public Course removeMaterial(long courseId, long version, long materialId) {
    Course course = drafted(courseId, version);
    course.removeMaterial(materialId);
    return flushed(course);
  }

  @Override
  public Course submitCourse(long courseId, long version, String note) {
    Course course = drafted(courseId, version);
    storeStep(course, course.submitForReview(caller.name(), clock.instant(), note));
    record(AuditAction.COURSE_SUBMITTED, course, note);
    return course;
  }

  @Override
  public Course approveCourse(long courseId, long version, String comment) {
    Course course = reviewed(courseId, version);
    storeStep(course, course.approve(caller.name(), clock.instant(), comment));
    record(AuditAction.COURSE_APPROVED, course, comment);
    return course;
  }

  @Override
  public Course returnCourse(long courseId, long version, String reason) {
    Course course = reviewed(courseId, version);
    ReviewStep.Draft step = course.returnForCorrection(caller.name(), clock.instant(), reason);
    storeStep(course, step);
    record(AuditAction.COURSE_RETURNED, course, step.reason());
    return course;
  }

  @Override
  public Course publishCourse(long courseId, long version) {
    Course course = provinceCourse(courseId, version);
    course.publish(clock.instant());
    record(AuditAction.COURSE_PUBLISHED, course, course.getHours().toPlainString());
    return course;
  }

  @Override
  public Course retireCourse(long courseId, long version) {
    caller.require(Permission.REGULATION_MANAGE);
    Course course = locked(courseId, version);
    course.retire();
    record(AuditAction.COURSE_RETIRED, course, null);
    return course;
  }

  @Override
  public OnlineCompletion onlineCompletion(long courseId) {
    Course course = getCourse(courseId);
    boolean open = mayTake(course) && course.isCompletableOnline();
    if (!open) {
      return new OnlineCompletion(false, Set.of(), course.getMaterials().size(), false, false);
    }
    long personId = learner.person().getId();
    return new OnlineCompletion(
        true,
        courses.findOpenedMaterials(personId, courseId),
        course.getMaterials().size(),
        entries.isCourseCredited(personId, LocalDate.now(clock).getYear(), courseId),
        course.isQuizRequired());
  }

  @Override
  public CourseMaterial openMaterial(long courseId, long materialId) {
    Course course = getCourse(courseId);
    CourseMaterial material = material(course, materialId);
    if (mayTake(course) && course.isCompletableOnline()) {
      long personId = learner.person().getId();
      courses.recordOpening(new MaterialOpening(personId, materialId, clock.instant()));
      boolean all =
          courses.findOpenedMaterials(personId, courseId).size() == course.getMaterials().size();
      if (all && !course.isQuizRequired()) {
        credits.credit(
            learner.person(), course, EntrySource.ONLINE_COMPLETION, LocalDate.now(clock));
      }
    }
    return material;
  }

  @Override
  public StoredFile materialFile(long courseId, long materialId) {
    CourseMaterial material = material(getCourse(courseId), materialId);
    if (material.getKind() != MaterialKind.FILE) {
      throw new NotFoundException("CourseMaterial", materialId);
    }
    return files
        .findFile(material.getFileId())
        .orElseThrow(() -> new NotFoundException("StoredFile", material.getFileId()));
  }

  private static CourseMaterial material(Course course, long materialId) {
    return course.getMaterials().stream()
        .filter(m -> m.getId() == materialId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("CourseMaterial", materialId));
  }

  /** A published course whose audience includes the caller as a learner. */
  private boolean mayTake(Course course) {
    return course.isPublished()
        && (caller.has(Permission.TRAINING_OWN) || caller.has(Permission.LEARNING_OWN))
        && learner.isAudience(course.getAudience());
  }

  /**
   * Regulator administrators manage the province's courses and associations' submitted ones; an
   * association's editor only those of their association.
   */
  private boolean mayManage(Course course) {
    if (caller.has(Permission.REGULATION_MANAGE)) {
      return course.getProviderKind() != ProviderKind.ASSOCIATION || course.getReview() != null;
    }
    return caller.has(Permission.COURSE_DRAFT)
        && caller.organisationId().isPresent()
        && course.getProviderOrganisation().getId().equals(caller.organisationId().get());
  }

  /** A course the caller drafts: theirs (an association's) or the province's (administrators). */
  private Course drafted(long courseId, long version) {
    caller.require(Permission.COURSE_DRAFT);
    Course course = locked(courseId, version);
    boolean association = course.getProviderKind() == ProviderKind.ASSOCIATION;
    boolean own =
        caller.organisationId().map(course.getProviderOrganisation().getId()::equals).orElse(false);
    if (association ? !own : !caller.has(Permission.REGULATION_MANAGE)) {
      throw notFound(courseId);
    }
    return course;
  }

  private Course reviewed(long courseId, long version) {
    caller.require(Permission.REGULATION_MANAGE);
    return locked(courseId, version);
  }

  private Course provinceCourse(long courseId, long version) {
    caller.require(Permission.REGULATION_MANAGE);
    Course course = locked(courseId, version);
    if (course.getProviderKind() == ProviderKind.ASSOCIATION) {
      throw new BusinessException("error.course.reviewFirst");
    }
    return course;
  }

  private Course locked(long courseId, long version) {
    Course course = courses.findForUpdate(courseId).orElseThrow(() -> notFound(courseId));
    if (!mayManage(course)) {
      throw notFound(courseId);
    }
    StaleVersionException.check("Course", courseId, version, course.getVersion());
    return course;
  }

  private Course flushed(Course course) {
    return courses.store(course);
  }

  private void storeStep(Course course, ReviewStep.Draft step) {
    steps.store(new ReviewStep(Course.REVIEW_SUBJECT, course.getId(), step));
  }

  private long ownOrganisationId() {
    return caller
        .organisationId()
        .orElseThrow(() -> new AccessDeniedException(Permission.COURSE_DRAFT.code()));
  }

  private static NotFoundException notFound(long courseId) {
    return new NotFoundException("Course", courseId);
  }

  private void record(AuditAction action, Course course, String detail) {
    audit.append(
        new AuditRecord(
            caller.name(),
            action,
            "course:" + course.getId(),
            detail == null ? course.getTitle() : course.getTitle() + " " + detail,
            caller.remoteAddress()));
  }
}
