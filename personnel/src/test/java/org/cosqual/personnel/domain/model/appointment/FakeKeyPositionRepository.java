package org.cosqual.personnel.domain.model.appointment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The key positions in a list, starting with the five built in as migration V11 stores them. */
public class FakeKeyPositionRepository implements KeyPositionRepository {

  private final List<KeyPositionDefinition> all =
      new ArrayList<>(
          List.of(
              KeyPositionDefinition.builtIn(
                  KeyPosition.LEGAL_REPRESENTATIVE, "法定代表人/主要负责人", true, 10),
              KeyPositionDefinition.builtIn(
                  KeyPosition.QUALITY_SAFETY_OFFICER, "质量安全负责人", true, 20),
              KeyPositionDefinition.builtIn(KeyPosition.QUALITY_MANAGER, "质量管理部门负责人", false, 30),
              KeyPositionDefinition.builtIn(KeyPosition.PRODUCTION_MANAGER, "生产部门负责人", false, 40),
              KeyPositionDefinition.builtIn(KeyPosition.LAB_MANAGER, "检验部门负责人", false, 50)));

  /** The definition of a position there is. */
  public KeyPositionDefinition definition(KeyPosition position) {
    return find(position).orElseThrow();
  }

  @Override
  public List<KeyPositionDefinition> findAll() {
    return all.stream()
        .sorted(Comparator.comparingInt(KeyPositionDefinition::getSortOrder))
        .toList();
  }

  @Override
  public Optional<KeyPositionDefinition> find(KeyPosition position) {
    return all.stream().filter(k -> k.getCode().equals(position.code())).findFirst();
  }

  @Override
  public boolean nameTaken(String name, KeyPosition except) {
    return all.stream()
        .anyMatch(
            k ->
                k.getName().equals(name.strip())
                    && (except == null || !k.getCode().equals(except.code())));
  }

  @Override
  public KeyPositionDefinition store(KeyPositionDefinition definition) {
    all.add(definition);
    return definition;
  }
}
