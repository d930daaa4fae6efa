package org.cosqual.personnel.domain.shared;

/** The row asked for does not exist, or is not visible to the caller. */
public class NotFoundException extends BusinessException {

  public NotFoundException(String entity, Object id) {
    super("error.notFound", entity, id);
  }
}
