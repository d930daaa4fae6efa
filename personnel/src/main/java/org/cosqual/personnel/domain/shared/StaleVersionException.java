package org.cosqual.personnel.domain.shared;

/** A save based on a version that someone else has changed since the form was loaded. */
public class StaleVersionException extends BusinessException {

  public StaleVersionException(String entity, Object id) {
    super("error.staleVersion", entity, id);
  }

  /** Refuses the save when the form's version is not the entity's current one. */
  public static void check(String entity, Object id, long formVersion, long currentVersion) {
    if (formVersion != currentVersion) {
      throw new StaleVersionException(entity, id);
    }
  }
}
