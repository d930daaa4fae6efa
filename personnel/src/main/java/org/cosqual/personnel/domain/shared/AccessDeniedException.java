package org.cosqual.personnel.domain.shared;

/** The caller lacks a permission, or the row lies outside the caller's scope. */
public class AccessDeniedException extends BusinessException {

  public AccessDeniedException(String what) {
    super("error.accessDenied", what);
  }
}
