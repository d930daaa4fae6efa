package org.cosqual.portal.infrastructure.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.requirement.TrainingCategory;
import org.junit.jupiter.api.Test;

/** Every demo course passes the rules it is seeded through, so the demo's start cannot fail. */
class SampleCoursesTest {

  private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
  private static final JurisdictionNode PROVINCE = JurisdictionNode.province("640000", "NX");

  @Test
  void everyDemoCourseCanBeDraftedAndPublishedOrSubmitted() {
    List<CSVRecord> rows = SampleData.read("courses.csv");
    assertTrue(rows.size() >= 4, "the demo has courses for every audience");
    for (CSVRecord row : rows) {
      boolean association = row.get("drafter").equals("editor");
      Organisation drafter =
          new Organisation(
              "ORG",
              "Drafter",
              association ? OrganisationKind.ASSOCIATION : OrganisationKind.REGULATOR_UNIT,
              PROVINCE);
      TrainingCategory category = new TrainingCategory(row.get("category"), "c", null, 1);
      Course course =
          Course.draft(drafter, association, SampleCourses.details(row), category, "demo", AT);
      if (!row.get("material").isBlank()) {
        course.addLink(row.get("title"), row.get("material"));
      }
      if (association) {
        course.submitForReview("editor", AT, null);
        assertTrue(course.isInReview(), row.toString());
      } else {
        course.publish(AT);
        assertEquals(row.get("state"), course.getStatus().name(), row.toString());
      }
    }
  }
}
