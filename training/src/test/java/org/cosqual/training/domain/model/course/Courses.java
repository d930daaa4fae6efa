package org.cosqual.training.domain.model.course;

import java.math.BigDecimal;
import java.time.Instant;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.testing.TestEntities;
import org.cosqual.training.domain.model.requirement.TrainingCategory;

/** Courses for unit tests: drafted, with ids as the database gives them. */
public final class Courses {

  public static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
  public static final TrainingCategory REGULATIONS =
      new TrainingCategory("REGULATIONS", "Regulations", null, 10);
  public static final JurisdictionNode PROVINCE = JurisdictionNode.province("640000", "Ningxia");
  public static final Organisation UNIT =
      TestEntities.withId(
          new Organisation(
              "NX-MPA", "Cosmetics Division", OrganisationKind.REGULATOR_UNIT, PROVINCE),
          1);
  public static final Organisation ASSOCIATION =
      TestEntities.withId(
          new Organisation(
              "NX-ASSOC", "Cosmetics Association", OrganisationKind.ASSOCIATION, PROVINCE),
          2);

  private Courses() {}

  public static CourseDetails details(Delivery delivery, Audience audience, String hours) {
    return new CourseDetails(
        "GMP explained",
        "A summary",
        "REGULATIONS",
        delivery,
        new BigDecimal(hours),
        audience,
        false,
        null,
        false);
  }

  public static Course provinceCourse(Delivery delivery, Audience audience) {
    return TestEntities.withId(
        Course.draft(UNIT, false, details(delivery, audience, "4"), REGULATIONS, "provadmin", AT),
        100);
  }

  public static Course associationCourse() {
    return TestEntities.withId(
        Course.draft(
            ASSOCIATION,
            true,
            details(Delivery.OFFLINE, Audience.KEY_STAFF, "3"),
            REGULATIONS,
            "editor",
            AT),
        101);
  }

  /** A published online course of the province that asks for a quiz. */
  public static Course quizCourse() {
    CourseDetails online = details(Delivery.ONLINE, Audience.BOTH, "2");
    CourseDetails quizzed =
        new CourseDetails(
            online.title(),
            online.summary(),
            online.categoryCode(),
            online.delivery(),
            online.hours(),
            online.audience(),
            false,
            null,
            true);
    Course course =
        TestEntities.withId(Course.draft(UNIT, false, quizzed, REGULATIONS, "provadmin", AT), 102);
    course.addLink("Reading", "https://www.nmpa.gov.cn/");
    course.publish(AT);
    return course;
  }

  /** A published offline course of the province, for sessions. */
  public static Course published(Audience audience) {
    Course course = provinceCourse(Delivery.OFFLINE, audience);
    course.publish(AT);
    return course;
  }
}
