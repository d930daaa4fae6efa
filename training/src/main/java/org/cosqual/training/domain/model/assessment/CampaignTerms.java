package org.cosqual.training.domain.model.assessment;

import java.time.LocalDate;
import java.util.Set;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;

/** What an administrator sets for a campaign; null where the form left a field empty. */
public record CampaignTerms(
    String title,
    Integer year,
    Set<KeyPosition> positions,
    Integer timeLimitMinutes,
    LocalDate opensOn,
    LocalDate closesOn,
    Integer passMark,
    Integer attemptsAllowed,
    boolean showAnswers) {

  public CampaignTerms {
    positions = positions == null ? Set.of() : Set.copyOf(positions);
  }
}
