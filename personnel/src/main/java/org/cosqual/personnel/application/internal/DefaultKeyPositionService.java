package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.KeyPositionService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.appointment.AppointmentRepository;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionRepository;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;

@ApplicationScoped
@Transactional
public class DefaultKeyPositionService implements KeyPositionService {

  private static final String ENTITY = "KeyPosition";
  private static final String ADDED_CODE = "POSITION_";
  private static final int SORT_STEP = 10;

  @Inject KeyPositionRepository positions;
  @Inject AppointmentRepository appointments;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public List<KeyPositionDefinition> findAll() {
    return positions.findAll();
  }

  @Override
  public KeyPositionDefinition definePosition(
      String name, String englishName, boolean singleHolder) {
    caller.requireProvinceWide(Permission.REGULATION_MANAGE);
    List<KeyPositionDefinition> all = positions.findAll();
    int next = all.stream().mapToInt(KeyPositionDefinition::getSortOrder).max().orElse(0);
    KeyPositionDefinition definition =
        KeyPositionDefinition.added(
            new KeyPosition(ADDED_CODE + (all.size() + 1)),
            name,
            englishName,
            singleHolder,
            next + SORT_STEP);
    refuseTakenName(definition.getName(), null);
    positions.store(definition);
    record(AuditAction.KEY_POSITION_DEFINED, definition);
    return definition;
  }

  @Override
  public KeyPositionDefinition changePosition(
      KeyPosition position, String name, String englishName, boolean singleHolder, long version) {
    return change(
        position,
        version,
        AuditAction.KEY_POSITION_CHANGED,
        definition -> {
          definition.describe(name, englishName);
          refuseTakenName(definition.getName(), position);
          if (singleHolder
              && !definition.isSingleHolder()
              && appointments.hasSeveralHolders(position, LocalDate.now(clock))) {
            throw new BusinessException("error.keyPosition.severalHolders", definition.getName());
          }
          definition.holdOnlyOne(singleHolder);
        });
  }

  @Override
  public KeyPositionDefinition retirePosition(KeyPosition position, long version) {
    return change(
        position, version, AuditAction.KEY_POSITION_RETIRED, KeyPositionDefinition::retire);
  }

  @Override
  public KeyPositionDefinition reinstatePosition(KeyPosition position, long version) {
    return change(
        position, version, AuditAction.KEY_POSITION_REINSTATED, KeyPositionDefinition::reinstate);
  }

  private KeyPositionDefinition change(
      KeyPosition position,
      long version,
      AuditAction action,
      Consumer<KeyPositionDefinition> change) {
    caller.requireProvinceWide(Permission.REGULATION_MANAGE);
    KeyPositionDefinition definition =
        positions.find(position).orElseThrow(() -> new NotFoundException(ENTITY, position));
    StaleVersionException.check(ENTITY, position, version, definition.getVersion());
    change.accept(definition);
    record(action, definition);
    return definition;
  }

  private void refuseTakenName(String name, KeyPosition except) {
    if (positions.nameTaken(name, except)) {
      throw new BusinessException("error.keyPosition.nameTaken", name);
    }
  }

  private void record(AuditAction action, KeyPositionDefinition definition) {
    audit.append(
        new AuditRecord(
            caller.name(),
            action,
            "keyPosition:" + definition.getCode(),
            definition.getName() + (definition.isSingleHolder() ? " single" : ""),
            caller.remoteAddress()));
  }
}
