package org.cosqual.portal.shell;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * What is typed beside the review buttons of a page that goes through the shared review workflow (a
 * course, a content item): the note sent with a submission or an approval and the reason of a
 * return; and how every button of such a page acts.
 */
public final class ReviewNotes implements Serializable {

  private static final long serialVersionUID = 1L;

  private String note;
  private String reason;

  /**
   * Runs the call; when it succeeds, says so with the subject's title and clears the notes. Reads
   * the subject again either way, as a refusal may come from someone else's change.
   */
  public void act(Runnable call, String messageKey, Supplier<String> title, Runnable reload) {
    if (PageActions.attempt(call)) {
      PageMessages.info(messageKey, title.get());
      note = null;
      reason = null;
    }
    PageActions.attempt(reload);
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
