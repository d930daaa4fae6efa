package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.training.application.ComplianceReportService;
import org.cosqual.training.domain.model.compliance.ComplianceQueries;
import org.cosqual.training.domain.model.compliance.ComplianceReport;
import org.cosqual.training.domain.model.requirement.RequirementRepository;
import org.cosqual.training.domain.model.requirement.TrainingRequirement;

@ApplicationScoped
@Transactional
public class DefaultComplianceReportService implements ComplianceReportService {

  @Inject ComplianceQueries queries;
  @Inject RequirementRepository requirements;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public ComplianceReport complianceReport(int year) {
    caller.require(Permission.REGULATION_MANAGE);
    String subtree =
        caller.jurisdictionPath().orElseThrow(() -> new AccessDeniedException("jurisdiction"));
    TrainingRequirement requirement = requirements.inForce(year);
    return ComplianceReport.of(
        year,
        requirement.getMinimumHours(),
        LocalDate.now(clock),
        queries.regulatorHours(subtree, year, requirement.getCountedCategories()));
  }
}
