package org.cosqual.training.domain.model.requirement;

import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;

public interface RequirementRepository {

  /** The year's own requirement, if it has one. */
  Optional<TrainingRequirement> find(int year);

  /** The requirement in force for a year: its own, the latest earlier one's, or the earliest. */
  TrainingRequirement inForce(int year);

  TrainingRequirement store(TrainingRequirement requirement);

  List<TrainingCategory> findCategories();

  Optional<TrainingCategory> findCategory(String code);

  /**
   * The category a form names.
   *
   * @param labelKey the form field's label, for the message when none is chosen
   */
  default TrainingCategory getCategory(String code, String labelKey) {
    if (code == null || code.isBlank()) {
      throw new BusinessException("error.field.required", labelKey);
    }
    return findCategory(code).orElseThrow(() -> new NotFoundException("TrainingCategory", code));
  }
}
