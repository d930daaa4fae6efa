package org.cosqual.training.domain.model.course;

import static org.cosqual.training.domain.model.course.Courses.AT;
import static org.cosqual.training.domain.model.course.Courses.REGULATIONS;
import static org.cosqual.training.domain.model.course.Courses.details;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.cosqual.personnel.domain.model.review.ReviewAction;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourseTest {

  @Test
  void theProvincePublishesItsOwnCourseWithoutReview() {
    Course course = Courses.provinceCourse(Delivery.OFFLINE, Audience.REGULATORS);
    assertEquals(ProviderKind.PROVINCE, course.getProviderKind());
    assertEquals("Cosmetics Division", course.getProviderName());
    assertEquals(
        "error.course.noReview", refusal(() -> course.submitForReview("provadmin", AT, null)));
    course.publish(AT);
    assertTrue(course.isPublished());
    assertEquals(
        "error.course.notEditable",
        refusal(
            () -> course.revise(details(Delivery.OFFLINE, Audience.REGULATORS, "2"), REGULATIONS)));
  }

  @Test
  void anExternalProviderIsNamedByTheAdministrator() {
    Course course = Courses.provinceCourse(Delivery.OFFLINE, Audience.REGULATORS);
    course.revise(
        new CourseDetails(
            "NMPA inspectors' course",
            null,
            "REGULATIONS",
            Delivery.ONLINE,
            new BigDecimal("6"),
            Audience.REGULATORS,
            true,
            "NMPA",
            false),
        REGULATIONS);
    assertEquals(ProviderKind.EXTERNAL, course.getProviderKind());
    assertEquals("NMPA", course.getProviderName());
    assertEquals(
        "error.field.required",
        refusal(
            () ->
                course.revise(
                    new CourseDetails(
                        "NMPA",
                        null,
                        "REGULATIONS",
                        Delivery.ONLINE,
                        BigDecimal.ONE,
                        Audience.REGULATORS,
                        true,
                        " ",
                        false),
                    REGULATIONS)));
  }

  @Test
  void anAssociationsCourseIsPublishedOnlyWhenARegulatorApprovesIt() {
    Course course = Courses.associationCourse();
    assertEquals("error.course.reviewFirst", refusal(() -> course.publish(AT)));
    assertEquals(ReviewAction.SUBMITTED, course.submitForReview("editor", AT, "new").action());
    assertTrue(course.isInReview());
    assertEquals("error.course.notEditable", refusal(() -> course.addLink("v", "https://v.cn/1")));

    assertEquals(
        ReviewAction.RETURNED,
        course.returnForCorrection("provadmin", AT, "add the basis").action());
    assertTrue(course.isReturned());
    assertFalse(course.isPublished());
    course.revise(details(Delivery.OFFLINE, Audience.KEY_STAFF, "2.5"), REGULATIONS);
    assertEquals(ReviewAction.RESUBMITTED, course.submitForReview("editor", AT, null).action());

    assertEquals(ReviewAction.APPROVED, course.approve("provadmin", AT, null).action());
    assertTrue(course.isPublished());
    assertEquals(new BigDecimal("2.5"), course.getHours());
    assertEquals("error.review.notPending", refusal(() -> course.approve("cityadmin", AT, null)));
  }

  @Test
  void aReturnNeedsAReason() {
    Course course = Courses.associationCourse();
    course.submitForReview("editor", AT, null);
    assertEquals("error.field.required", refusal(() -> course.returnForCorrection("p", AT, " ")));
    assertTrue(course.isInReview());
  }

  @Test
  void anOnlineCourseNeedsMaterialsBeforeItIsPublished() {
    Course course = Courses.provinceCourse(Delivery.ONLINE, Audience.BOTH);
    assertEquals("error.course.noMaterials", refusal(() -> course.publish(AT)));
    course.addLink("Lecture", "https://video.example.cn/gmp");
    course.addFile("Slides", 7);
    course.publish(AT);
    assertTrue(course.isCompletableOnline());
    assertEquals(MaterialKind.LINK, course.getMaterials().get(0).getKind());
    assertEquals(1, course.getMaterials().get(1).getPosition());
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "data:text/html,x", "ftp://x.cn/a", "not a url"})
  void onlyWebAddressesAreLinked(String address) {
    Course course = Courses.provinceCourse(Delivery.ONLINE, Audience.BOTH);
    assertEquals("error.course.url", refusal(() -> course.addLink("Lecture", address)));
    assertTrue(course.getMaterials().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "1.3", "121"})
  void declaredHoursAreHalfHourStepsWithinRange(String hours) {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                Course.draft(
                    Courses.UNIT,
                    false,
                    details(Delivery.OFFLINE, Audience.REGULATORS, hours),
                    REGULATIONS,
                    "provadmin",
                    AT));
    assertTrue(refused.getMessageKey().startsWith("error.hours."), refused.getMessageKey());
  }

  @Test
  void aCourseWithoutTitleOrDeliveryIsRefused() {
    CourseDetails untitled =
        new CourseDetails(
            " ",
            null,
            "REGULATIONS",
            Delivery.OFFLINE,
            BigDecimal.ONE,
            Audience.REGULATORS,
            false,
            null,
            false);
    assertEquals(
        "error.field.required",
        refusal(() -> Course.draft(Courses.UNIT, false, untitled, REGULATIONS, "p", AT)));
    CourseDetails noDelivery =
        new CourseDetails(
            "T",
            null,
            "REGULATIONS",
            null,
            BigDecimal.ONE,
            Audience.REGULATORS,
            false,
            null,
            false);
    assertEquals(
        "error.field.required",
        refusal(() -> Course.draft(Courses.UNIT, false, noDelivery, REGULATIONS, "p", AT)));
  }

  @Test
  void onlyAPublishedCourseIsRetired() {
    Course course = Courses.provinceCourse(Delivery.OFFLINE, Audience.REGULATORS);
    assertEquals("error.course.notPublished", refusal(course::retire));
    course.publish(AT);
    course.retire();
    assertEquals(CourseStatus.RETIRED, course.getStatus());
  }

  static String refusal(Runnable call) {
    return assertThrows(BusinessException.class, call::run).getMessageKey();
  }
}
