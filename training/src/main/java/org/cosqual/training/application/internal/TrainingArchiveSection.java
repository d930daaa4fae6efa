package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.cosqual.personnel.application.ArchiveSection;
import org.cosqual.training.domain.model.ledger.HourEntry;
import org.cosqual.training.domain.model.ledger.HourEntryRepository;

/** The training a person's archive page shows: their approved hours, newest first. */
@ApplicationScoped
public class TrainingArchiveSection implements ArchiveSection {

  @Inject HourEntryRepository entries;

  @Override
  public String titleKey() {
    return "training_archive.title";
  }

  @Override
  public List<Line> linesFor(long personId) {
    return entries.findApprovedByPerson(personId).stream()
        .sorted(Comparator.comparing(HourEntry::getTrainedOn).reversed())
        .map(
            e ->
                new Line(
                    e.getTrainedOn(),
                    "training_archive.line",
                    List.of(e.getTitle(), e.getHours().toString(), e.getCategory().getName())))
        .toList();
  }
}
