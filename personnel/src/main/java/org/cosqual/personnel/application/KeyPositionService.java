package org.cosqual.personnel.application;

import java.util.List;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;

/**
 * The province's list of key positions: the five of the regulations and those its administrators
 * add. Anyone may read it; only a province-wide {@code REGULATOR_ADMIN} changes it.
 */
public interface KeyPositionService {

  /** Every position, retired ones too, in list order. */
  List<KeyPositionDefinition> findAll();

  /**
   * @throws org.cosqual.personnel.domain.shared.BusinessException when the name is taken
   */
  KeyPositionDefinition definePosition(String name, String englishName, boolean singleHolder);

  /**
   * Renames a position and sets whether it has one holder per enterprise.
   *
   * @throws org.cosqual.personnel.domain.shared.BusinessException when the name is taken, when a
   *     built-in position's holder rule would change, or when it would become single-holder while
   *     an enterprise has several current holders
   * @throws org.cosqual.personnel.domain.shared.StaleVersionException when it changed since loaded
   */
  KeyPositionDefinition changePosition(
      KeyPosition position, String name, String englishName, boolean singleHolder, long version);

  /** No new appointments to it; the records that name it keep it. */
  KeyPositionDefinition retirePosition(KeyPosition position, long version);

  KeyPositionDefinition reinstatePosition(KeyPosition position, long version);
}
