package org.cosqual.personnel.domain.model.supervision;

import java.util.ArrayList;
import java.util.List;
import org.cosqual.personnel.testing.TestEntities;

/** Sanctions and duty records in lists, newest decision or inspection first per person. */
public class FakeSupervisionRepository implements SupervisionRepository {

  private final List<Sanction> sanctions = new ArrayList<>();
  private final List<DutyRecord> dutyRecords = new ArrayList<>();

  @Override
  public List<Sanction> findSanctions(long personId) {
    return sanctions.stream()
        .filter(s -> s.getPerson().getId() == personId)
        .sorted((a, b) -> b.getDecidedOn().compareTo(a.getDecidedOn()))
        .toList();
  }

  @Override
  public List<DutyRecord> findDutyRecords(long personId) {
    return dutyRecords.stream()
        .filter(d -> d.getPerson().getId() == personId)
        .sorted((a, b) -> b.getInspectedOn().compareTo(a.getInspectedOn()))
        .toList();
  }

  @Override
  public Sanction store(Sanction sanction) {
    sanctions.add(TestEntities.withId(sanction, sanctions.size() + 1L));
    return sanction;
  }

  @Override
  public DutyRecord store(DutyRecord record) {
    dutyRecords.add(TestEntities.withId(record, dutyRecords.size() + 1L));
    return record;
  }
}
