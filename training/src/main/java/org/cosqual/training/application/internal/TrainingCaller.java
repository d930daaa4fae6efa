package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.AccountRepository;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.training.domain.model.course.Audience;

/**
 * The caller as the training services see them: their own account and person, whether they learn as
 * a regulator or as an enterprise's key staff, and the jurisdiction subtree they administer.
 */
@ApplicationScoped
class TrainingCaller {

  @Inject Caller caller;
  @Inject AccountRepository accounts;

  /** Requires that the caller keeps training hours of their own, as a regulator or key staff. */
  void requireLearner() {
    if (!isRegulatorLearner() && !caller.has(Permission.LEARNING_OWN)) {
      throw new AccessDeniedException(Permission.TRAINING_OWN.code());
    }
  }

  boolean isRegulatorLearner() {
    return caller.has(Permission.TRAINING_OWN);
  }

  /** Whether a course's audience includes the caller. */
  boolean isAudience(Audience audience) {
    return isRegulatorLearner() ? audience.includesRegulators() : audience.includesKeyStaff();
  }

  Account account() {
    return caller
        .accountId()
        .flatMap(accounts::find)
        .orElseThrow(() -> new AccessDeniedException(Permission.TRAINING_OWN.code()));
  }

  Person person() {
    return account().getPerson();
  }

  boolean isSelf(Person person) {
    return caller
        .accountId()
        .flatMap(accounts::find)
        .map(a -> a.getPerson().getId().equals(person.getId()))
        .orElse(false);
  }

  /** Whether an account's organisation lies inside the caller's jurisdiction subtree. */
  boolean inScope(Account account) {
    return account.getOrganisation() != null && inScope(account.getOrganisation());
  }

  boolean inScope(Organisation organisation) {
    return organisation.getJurisdiction().getPath().startsWith(subtree());
  }

  /** Whether the person's account lies inside the caller's jurisdiction subtree. */
  boolean personInScope(long personId) {
    return accounts.findByPerson(personId).filter(this::inScope).isPresent();
  }

  String subtree() {
    return caller.jurisdictionPath().orElseThrow(() -> new AccessDeniedException("jurisdiction"));
  }
}
