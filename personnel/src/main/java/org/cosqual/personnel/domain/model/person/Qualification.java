package org.cosqual.personnel.domain.model.person;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a person meets the quality safety officer qualification (DESIGN.md section 4): a related
 * major and at least five years of production or quality management in cosmetics, drugs, medical
 * devices or special foods. Overlapping jobs count once. The reasons say why, met or not; an unmet
 * qualification is flagged on a filing, never a refusal.
 */
public record Qualification(boolean met, List<Reason> reasons) {

  public static final int REQUIRED_YEARS = 5;

  /** A reason as a message key of the portal's bundle and its arguments. */
  public record Reason(String messageKey, List<Object> arguments) {}

  public static Qualification assess(
      Education education, List<WorkExperience> experiences, LocalDate today) {
    List<Reason> reasons = new ArrayList<>();
    boolean major = education != null && education.getMajorField().relatedToQualitySafety();
    if (education == null) {
      reasons.add(new Reason("qualification.major.missing", List.of()));
    } else {
      reasons.add(
          new Reason(
              major ? "qualification.major.related" : "qualification.major.unrelated",
              List.of(education.getMajor(), "MajorField." + education.getMajorField())));
    }
    long days = relevantDays(experiences, today);
    long requiredDays = ChronoUnit.DAYS.between(today.minusYears(REQUIRED_YEARS), today);
    boolean enough = days >= requiredDays;
    // Years in units of the required span, so "5.0" shows exactly when the days suffice.
    BigDecimal years =
        BigDecimal.valueOf(days * REQUIRED_YEARS)
            .divide(BigDecimal.valueOf(requiredDays), 1, RoundingMode.DOWN);
    reasons.add(
        new Reason(
            enough ? "qualification.experience.enough" : "qualification.experience.short",
            List.of(years, REQUIRED_YEARS)));
    return new Qualification(major && enough, List.copyOf(reasons));
  }

  /** Days covered by relevant jobs up to today, each day once however many jobs overlap it. */
  static long relevantDays(List<WorkExperience> experiences, LocalDate today) {
    List<WorkExperience> relevant =
        experiences.stream()
            .filter(WorkExperience::relevantToQualitySafety)
            .filter(e -> !e.getFrom().isAfter(today))
            .sorted(Comparator.comparing(WorkExperience::getFrom))
            .toList();
    long days = 0;
    LocalDate coveredUntil = null; // exclusive
    for (WorkExperience job : relevant) {
      LocalDate end = job.getTo() == null || job.getTo().isAfter(today) ? today : job.getTo();
      LocalDate endExclusive = end.plusDays(1);
      LocalDate start =
          coveredUntil != null && coveredUntil.isAfter(job.getFrom())
              ? coveredUntil
              : job.getFrom();
      if (start.isBefore(endExclusive)) {
        days += ChronoUnit.DAYS.between(start, endExclusive);
        coveredUntil = endExclusive;
      }
    }
    return days;
  }
}
