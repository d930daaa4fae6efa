package org.cosqual.portal.shell;

import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * How a backing bean calls a service: a refusal becomes a page message, and the form keeps what was
 * typed.
 */
public final class PageActions {

  private PageActions() {}

  /** Runs the call; returns false after showing its refusal. */
  public static boolean attempt(Runnable call) {
    try {
      call.run();
      return true;
    } catch (BusinessException refusal) {
      PageMessages.error(refusal);
      return false;
    }
  }
}
