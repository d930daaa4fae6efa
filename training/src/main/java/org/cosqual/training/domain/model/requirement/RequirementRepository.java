package org.cosqual.training.domain.model.requirement;

import java.util.List;
import java.util.Optional;

public interface RequirementRepository {

  /** The year's own requirement, if it has one. */
  Optional<TrainingRequirement> find(int year);

  /** The requirement in force for a year: its own, the latest earlier one's, or the earliest. */
  TrainingRequirement inForce(int year);

  TrainingRequirement store(TrainingRequirement requirement);

  List<TrainingCategory> findCategories();

  Optional<TrainingCategory> findCategory(String code);
}
