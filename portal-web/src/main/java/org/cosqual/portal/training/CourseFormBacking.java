package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.training.application.CourseService;
import org.cosqual.training.application.TrainingLedgerService;
import org.cosqual.training.domain.model.course.Audience;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.course.CourseDetails;
import org.cosqual.training.domain.model.course.Delivery;
import org.cosqual.training.domain.model.course.ProviderKind;
import org.cosqual.training.domain.model.requirement.TrainingCategory;

/**
 * Drafting a course, or revising a draft: the form carries the version it was loaded at, and a
 * refused save keeps what was typed.
 */
@Named("courseForm")
@ViewScoped
public class CourseFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CourseService courses;
  @Inject transient TrainingLedgerService ledger;
  @Inject transient Caller caller;

  private String id;
  private Long courseId;
  private long version;
  private String title;
  private String summary;
  private String categoryCode;
  private Delivery delivery = Delivery.OFFLINE;
  private BigDecimal hours;
  private Audience audience = Audience.REGULATORS;
  private boolean external;
  private String providerName;
  private boolean quizRequired;

  public void load() {
    if (courseId != null || id == null || id.isBlank()) {
      return;
    }
    PageActions.loadOrNotFound(courses::getCourse, id).ifPresent(this::show);
  }

  private void show(Course course) {
    courseId = course.getId();
    version = course.getVersion();
    title = course.getTitle();
    summary = course.getSummary();
    categoryCode = course.getCategory().getCode();
    delivery = course.getDelivery();
    hours = course.getHours();
    audience = course.getAudience();
    external = course.getProviderKind() == ProviderKind.EXTERNAL;
    providerName = external ? course.getProviderName() : null;
    quizRequired = course.isQuizRequired();
  }

  public String save() {
    CourseDetails details =
        new CourseDetails(
            title,
            summary,
            categoryCode,
            delivery,
            hours,
            audience,
            external,
            providerName,
            quizRequired);
    Course[] saved = new Course[1];
    boolean done =
        PageActions.attempt(
            () ->
                saved[0] =
                    courseId == null
                        ? courses.draftCourse(details)
                        : courses.reviseCourse(courseId, version, details));
    if (done) {
      PageMessages.info("training_course.message.saved", saved[0].getTitle());
      PageMessages.keepForRedirect();
      return "/training/course.xhtml?faces-redirect=true&id=" + saved[0].getId();
    }
    return null;
  }

  /** The association's editor drafts for their association; no external provider is named. */
  public boolean isAssociation() {
    return caller.roles().contains(Role.ASSOCIATION_EDITOR);
  }

  public List<TrainingCategory> getCategories() {
    return ledger.findCategories();
  }

  public Delivery[] getDeliveries() {
    return Delivery.values();
  }

  public Audience[] getAudiences() {
    return Audience.values();
  }

  public boolean isNew() {
    return courseId == null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public void setDelivery(Delivery delivery) {
    this.delivery = delivery;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public Audience getAudience() {
    return audience;
  }

  public void setAudience(Audience audience) {
    this.audience = audience;
  }

  public boolean isExternal() {
    return external;
  }

  public void setExternal(boolean external) {
    this.external = external;
  }

  public String getProviderName() {
    return providerName;
  }

  public void setProviderName(String providerName) {
    this.providerName = providerName;
  }

  public boolean isQuizRequired() {
    return quizRequired;
  }

  public void setQuizRequired(boolean quizRequired) {
    this.quizRequired = quizRequired;
  }
}
