package org.cosqual.training.application;

import java.io.InputStream;
import java.util.List;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.course.CourseDetails;
import org.cosqual.training.domain.model.course.CourseMaterial;

/**
 * Courses: what learners may take, what administrators and associations' editors draft, the review
 * of associations' courses, and online completion by a course's materials.
 */
public interface CourseService {

  /** Published courses whose audience includes the caller; every published one for managers. */
  List<Course> findCatalogue();

  /**
   * The courses the caller manages: for a regulator administrator the province's own and
   * associations' once submitted; for an association's editor its own drafts and courses.
   */
  List<Course> findManagedCourses();

  /** Associations' courses waiting for a regulator's review. */
  List<Course> findCoursesInReview();

  /**
   * A course the caller may see: published for their audience, or one they manage.
   *
   * @throws org.cosqual.personnel.domain.shared.NotFoundException otherwise, as for an unknown id
   */
  Course getCourse(long courseId);

  /** Who submitted, returned and approved a course, and why. */
  List<ReviewStep> findReviewSteps(long courseId);

  Course draftCourse(CourseDetails details);

  Course reviseCourse(long courseId, long version, CourseDetails details);

  /** Stores a PDF before the material that names it, so a refused form keeps it. */
  StoredFile uploadMaterial(String fileName, InputStream content);

  Course addMaterialFile(long courseId, long version, String title, long fileId);

  Course addMaterialLink(long courseId, long version, String title, String url);

  Course removeMaterial(long courseId, long version, long materialId);

  /** An association's editor sends a draft, or a corrected one, to the regulators. */
  Course submitCourse(long courseId, long version, String note);

  /** A regulator administrator approves an association's course: it is published. */
  Course approveCourse(long courseId, long version, String comment);

  Course returnCourse(long courseId, long version, String reason);

  /** A regulator administrator publishes one of the province's own courses. */
  Course publishCourse(long courseId, long version);

  Course retireCourse(long courseId, long version);

  /** Where the caller stands in completing a course online. */
  OnlineCompletion onlineCompletion(long courseId);

  /**
   * Records that the caller opened a material; opening the last one of a course completed online
   * (without a quiz) credits its hours, once a year.
   *
   * @return the material, for the page to send or open
   */
  CourseMaterial openMaterial(long courseId, long materialId);

  /** A material's file, for those who may see the course. */
  StoredFile materialFile(long courseId, long materialId);
}
