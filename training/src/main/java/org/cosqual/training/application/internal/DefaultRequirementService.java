package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.training.application.RequirementService;
import org.cosqual.training.domain.model.requirement.AppliesTo;
import org.cosqual.training.domain.model.requirement.RequirementRepository;
import org.cosqual.training.domain.model.requirement.TrainingRequirement;

@ApplicationScoped
@Transactional
public class DefaultRequirementService implements RequirementService {

  private static final String ENTITY = "TrainingRequirement";

  @Inject RequirementRepository requirements;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public TrainingRequirement requirementFor(int year) {
    return requirements.inForce(year);
  }

  @Override
  public TrainingRequirement setRequirement(
      int year,
      BigDecimal minimumHours,
      Set<String> categories,
      AppliesTo appliesTo,
      long version) {
    caller.requireProvinceWide(Permission.REGULATION_MANAGE);
    if (year < LocalDate.now(clock).getYear()) {
      throw new BusinessException("error.requirement.pastYear", year);
    }
    for (String code : categories == null ? Set.<String>of() : categories) {
      requirements
          .findCategory(code)
          .orElseThrow(() -> new NotFoundException("TrainingCategory", code));
    }
    Optional<TrainingRequirement> own = requirements.find(year);
    StaleVersionException.check(
        ENTITY,
        year,
        version,
        own.map(TrainingRequirement::getVersion).orElse(RequirementService.INHERITED));
    TrainingRequirement requirement = own.orElseGet(() -> requirements.inForce(year).copyFor(year));
    requirement.change(minimumHours, categories, appliesTo, caller.name(), clock.instant());
    if (own.isEmpty()) {
      requirements.store(requirement);
    }
    audit.append(
        new AuditRecord(
            caller.name(),
            AuditAction.TRAINING_REQUIREMENT_SET,
            "trainingRequirement:" + year,
            requirement.getMinimumHours() + " " + requirement.getCountedCategories(),
            caller.remoteAddress()));
    return requirement;
  }
}
