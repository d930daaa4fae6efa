package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.SupervisionService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.supervision.DutyRating;
import org.cosqual.personnel.domain.model.supervision.DutyRecord;
import org.cosqual.personnel.domain.model.supervision.Sanction;
import org.cosqual.personnel.domain.model.supervision.SupervisionRepository;

@ApplicationScoped
@Transactional
public class DefaultSupervisionService implements SupervisionService {

  @Inject ArchiveScope scope;
  @Inject SupervisionRepository supervision;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public Sanction recordSanction(
      long personId,
      Long enterpriseId,
      String decisionNo,
      LocalDate decidedOn,
      String legalBasis,
      LocalDate banUntil) {
    caller.require(Permission.SUPERVISION_RECORD);
    Person person = scope.person(personId);
    Enterprise enterprise = enterpriseId == null ? null : scope.enterprise(enterpriseId);
    Sanction sanction =
        supervision.store(
            new Sanction(
                person,
                enterprise,
                decisionNo,
                decidedOn,
                legalBasis,
                banUntil,
                caller.name(),
                clock.instant()));
    record(
        AuditAction.SANCTION_RECORDED,
        personId,
        (person.getName() + " " + sanction.getDecisionNo() + " " + Objects.toString(banUntil, ""))
            .strip());
    return sanction;
  }

  @Override
  public DutyRecord recordDutyRecord(
      long personId,
      long enterpriseId,
      LocalDate inspectedOn,
      String inspector,
      String finding,
      DutyRating rating) {
    caller.require(Permission.SUPERVISION_RECORD);
    Person person = scope.person(personId);
    Enterprise enterprise = scope.enterprise(enterpriseId);
    DutyRecord record =
        supervision.store(
            new DutyRecord(
                person,
                enterprise,
                inspectedOn,
                inspector,
                finding,
                rating,
                caller.name(),
                clock.instant()));
    record(
        AuditAction.DUTY_RECORDED, personId, person.getName() + " " + inspectedOn + " " + rating);
    return record;
  }

  private void record(AuditAction action, long personId, String detail) {
    audit.append(
        new AuditRecord(
            caller.name(), action, "person:" + personId, detail, caller.remoteAddress()));
  }
}
