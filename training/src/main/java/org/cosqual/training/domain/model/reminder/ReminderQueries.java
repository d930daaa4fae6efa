package org.cosqual.training.domain.model.reminder;

import java.util.List;
import java.util.Map;

/** Whom reminders go to and where, read in the database. */
public interface ReminderQueries {

  /** An enabled regulator administrator and the jurisdiction subtree they oversee. */
  record Administrator(long personId, String name, String email, String jurisdictionPath) {}

  List<Administrator> administrators();

  /** The e-mail addresses of the enabled regulators of a subtree who have one, by person. */
  Map<Long, String> regulatorEmails(String pathPrefix);
}
