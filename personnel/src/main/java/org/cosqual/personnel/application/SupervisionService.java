package org.cosqual.personnel.application;

import java.time.LocalDate;
import org.cosqual.personnel.domain.model.supervision.DutyRating;
import org.cosqual.personnel.domain.model.supervision.DutyRecord;
import org.cosqual.personnel.domain.model.supervision.Sanction;

/** What regulators record on key staff of enterprises in their jurisdiction. */
public interface SupervisionService {

  /** A penalty on a person, perhaps banning them from key positions until a day (从业禁止). */
  Sanction recordSanction(
      long personId,
      Long enterpriseId,
      String decisionNo,
      LocalDate decidedOn,
      String legalBasis,
      LocalDate banUntil);

  /** An inspection finding on how the person performs their duty at an enterprise (履职记录). */
  DutyRecord recordDutyRecord(
      long personId,
      long enterpriseId,
      LocalDate inspectedOn,
      String inspector,
      String finding,
      DutyRating rating);
}
