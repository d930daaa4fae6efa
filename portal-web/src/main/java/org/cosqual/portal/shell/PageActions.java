package org.cosqual.portal.shell;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.LongFunction;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;

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

  /**
   * Loads what a page shows by the id in its address; an unknown or malformed id, or one outside
   * the caller's scope, answers with the 404 page.
   */
  public static <T> Optional<T> loadOrNotFound(LongFunction<T> load, String id) {
    try {
      if (id != null && !id.isBlank()) {
        return Optional.of(load.apply(Long.parseLong(id.strip())));
      }
    } catch (NotFoundException | NumberFormatException unknown) {
      // answered below, as for a missing id
    }
    notFound();
    return Optional.empty();
  }

  /** Answers the request with the 404 page. */
  public static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
