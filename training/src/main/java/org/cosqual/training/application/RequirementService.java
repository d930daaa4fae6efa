package org.cosqual.training.application;

import java.math.BigDecimal;
import java.util.Set;
import org.cosqual.training.domain.model.requirement.AppliesTo;
import org.cosqual.training.domain.model.requirement.TrainingRequirement;

/** The yearly training requirement, one version per year. */
public interface RequirementService {

  /** The version a form shows for a year that has no requirement of its own. */
  long INHERITED = -1;

  /** The requirement in force for a year: its own, or the latest earlier year's. */
  TrainingRequirement requirementFor(int year);

  /**
   * Sets a year's requirement; only a province-wide administrator, and only for this year or a
   * later one, so past results never change.
   *
   * @param version the version of the year's own requirement the form was loaded with, or {@link
   *     #INHERITED} when the year had none
   */
  TrainingRequirement setRequirement(
      int year, BigDecimal minimumHours, Set<String> categories, AppliesTo appliesTo, long version);
}
