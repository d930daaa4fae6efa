package org.cosqual.portal.it;

import java.time.LocalDate;
import java.util.List;
import org.cosqual.personnel.application.FiledParticulars;
import org.cosqual.personnel.domain.model.person.Degree;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.MajorField;

/** People an enterprise files in the integration tests. */
final class FiledPeople {

  private FiledPeople() {}

  /** A bachelor with quality management in cosmetics since July 2010. */
  static FiledParticulars particulars(
      String name, String idNumber, String major, MajorField field) {
    return new FiledParticulars(
        name,
        "13900000099",
        null,
        IdType.RESIDENT_ID_CARD,
        idNumber,
        null,
        null,
        Degree.BACHELOR,
        major,
        field,
        "宁夏大学",
        2010,
        null,
        List.of(
            new FiledParticulars.Experience(
                "宁夏塞上本草化妆品有限公司",
                LocalDate.of(2010, 7, 1),
                null,
                Industry.COSMETICS,
                ExperienceArea.QUALITY_MANAGEMENT,
                "质量主管")));
  }
}
