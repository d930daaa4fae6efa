package org.cosqual.portal.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.training.application.CourseService;
import org.cosqual.training.domain.model.course.Course;

/**
 * The courses page: the published courses a learner may take; the courses an administrator or an
 * association's editor manages; the associations' courses waiting for review.
 */
@Named("courses")
@RequestScoped
public class CoursesBacking {

  @Inject CourseService service;
  @Inject Caller caller;

  private List<Course> catalogue;
  private List<Course> managed;
  private List<Course> inReview;

  public List<Course> getCatalogue() {
    if (catalogue == null) {
      catalogue = service.findCatalogue();
    }
    return catalogue;
  }

  public List<Course> getManaged() {
    if (managed == null) {
      managed = isDrafter() ? service.findManagedCourses() : List.of();
    }
    return managed;
  }

  public List<Course> getInReview() {
    if (inReview == null) {
      inReview = isReviewer() ? service.findCoursesInReview() : List.of();
    }
    return inReview;
  }

  public boolean isDrafter() {
    return caller.has(Permission.COURSE_DRAFT);
  }

  public boolean isReviewer() {
    return caller.has(Permission.REGULATION_MANAGE);
  }
}
