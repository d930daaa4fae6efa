package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cosqual.personnel.application.ArchiveSection;
import org.cosqual.training.domain.model.assessment.AssessmentFiling;
import org.cosqual.training.domain.model.assessment.CampaignRepository;
import org.cosqual.training.domain.model.assessment.Enrolment;

/**
 * The annual assessment filings (考核备案) a person's archive page shows, newest first: a failed one
 * stands out as 不合格 until a make-up attempt passes.
 */
@ApplicationScoped
public class AssessmentArchiveSection implements ArchiveSection {

  @Inject CampaignRepository campaigns;
  @Inject PositionNames positionNames;
  @Inject ZoneId zone;

  @Override
  public String titleKey() {
    return "training_assessmentArchive.title";
  }

  @Override
  public List<Line> linesFor(long personId) {
    return campaigns.findFilingsOf(personId).stream().map(this::line).toList();
  }

  private Line line(AssessmentFiling filing) {
    Enrolment enrolment = filing.getEnrolment();
    String key =
        "training_assessmentArchive."
            + (filing.isPassed() ? "passed" : "failed")
            + (filing.isConfirmed() ? "" : "Unconfirmed");
    return new Line(
        LocalDate.ofInstant(filing.getFiledAt(), zone),
        key,
        List.of(
            enrolment.getCampaign().getTitle(),
            positionNames.of(enrolment.getPosition()),
            filing.getScore(),
            filing.getMaxScore(),
            filing.getAttempts()));
  }
}
