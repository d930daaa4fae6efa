package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.RegisteredFacts;
import org.cosqual.personnel.application.RegistrationChangeService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.LicenseNo;
import org.cosqual.personnel.domain.model.enterprise.RegistrationChange;
import org.cosqual.personnel.domain.model.enterprise.RegistrationChangeRepository;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.personnel.domain.model.review.ReviewStep;
import org.cosqual.personnel.domain.model.review.ReviewStepRepository;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;

@ApplicationScoped
@Transactional
public class DefaultRegistrationChangeService implements RegistrationChangeService {

  @Inject ArchiveScope scope;
  @Inject RegistrationChangeRepository changes;
  @Inject ReviewStepRepository steps;
  @Inject EnterpriseService enterprises;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public RegistrationChange requestChange(
      long enterpriseId,
      String name,
      String licenseNo,
      Set<EnterpriseKind> kinds,
      boolean producesItself,
      String note) {
    caller.require(Permission.ENTERPRISE_OWN);
    Enterprise enterprise = scope.ownEnterprise(enterpriseId);
    RegistrationChange change =
        changes.store(
            new RegistrationChange(
                enterprise,
                name,
                licenseNo == null || licenseNo.isBlank() ? null : LicenseNo.of(licenseNo, clock),
                kinds == null ? Set.of() : kinds,
                producesItself,
                note,
                caller.name(),
                clock.instant()));
    steps.store(
        ReviewStep.submitted(
            RegistrationChange.REVIEW_SUBJECT,
            change.getId(),
            caller.name(),
            change.getSubmittedAt(),
            change.getNote()));
    record(AuditAction.REGISTRATION_CHANGE_REQUESTED, change, describe(change));
    return change;
  }

  @Override
  public void approveChange(long changeId, long version, String comment) {
    caller.require(Permission.FILING_REVIEW);
    RegistrationChange change = lockForReview(changeId, version);
    ReviewStep.Draft step = change.approve(caller.name(), clock.instant(), comment);
    Enterprise enterprise = change.getEnterprise();
    enterprises.changeRegistration(
        enterprise.getId(),
        enterprise.getVersion(),
        new RegisteredFacts(
            change.getName(),
            change.getLicenseNo() == null ? null : change.getLicenseNo().value(),
            change.getKinds(),
            change.isProducesItself(),
            enterprise.getJurisdiction().getCode(),
            enterprise.getRiskGrade(),
            enterprise.getStatus()));
    steps.store(new ReviewStep(RegistrationChange.REVIEW_SUBJECT, changeId, step));
    record(AuditAction.REGISTRATION_CHANGE_APPROVED, change, comment == null ? "" : comment);
  }

  @Override
  public void returnChange(long changeId, long version, String reason) {
    caller.require(Permission.FILING_REVIEW);
    RegistrationChange change = lockForReview(changeId, version);
    ReviewStep.Draft step = change.returnForCorrection(caller.name(), clock.instant(), reason);
    steps.store(new ReviewStep(RegistrationChange.REVIEW_SUBJECT, changeId, step));
    record(AuditAction.REGISTRATION_CHANGE_RETURNED, change, step.reason());
  }

  @Override
  public List<RegistrationChange> findPendingChanges() {
    caller.require(Permission.FILING_REVIEW);
    return changes.findInSubtree(scope.regulatorSubtree(), ReviewState.PENDING);
  }

  @Override
  public List<RegistrationChange> findEnterpriseChanges(long enterpriseId) {
    caller.require(Permission.ARCHIVE_READ);
    return changes.findByEnterprise(scope.enterprise(enterpriseId).getId());
  }

  /** Locked, so two reviewers are serialised, and checked against the page's version. */
  private RegistrationChange lockForReview(long changeId, long version) {
    scope.regulatorSubtree();
    RegistrationChange change =
        changes
            .lock(changeId)
            .filter(c -> scope.covers(c.getEnterprise()))
            .orElseThrow(() -> new NotFoundException("RegistrationChange", changeId));
    StaleVersionException.check("RegistrationChange", changeId, version, change.getVersion());
    return change;
  }

  private static String describe(RegistrationChange change) {
    return change.getName()
        + " "
        + (change.getLicenseNo() == null ? "-" : change.getLicenseNo().value())
        + " "
        + change.getKinds();
  }

  private void record(AuditAction action, RegistrationChange change, String detail) {
    audit.append(
        new AuditRecord(
            caller.name(),
            action,
            "enterprise:" + change.getEnterprise().getCreditCode().value(),
            ("#" + change.getId() + " " + detail).strip(),
            caller.remoteAddress()));
  }
}
