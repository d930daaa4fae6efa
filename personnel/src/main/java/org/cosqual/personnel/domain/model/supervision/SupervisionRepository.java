package org.cosqual.personnel.domain.model.supervision;

import java.util.List;

/** Sanctions and duty records, both kept per person. */
public interface SupervisionRepository {

  List<Sanction> findSanctions(long personId);

  List<DutyRecord> findDutyRecords(long personId);

  Sanction store(Sanction sanction);

  DutyRecord store(DutyRecord record);
}
