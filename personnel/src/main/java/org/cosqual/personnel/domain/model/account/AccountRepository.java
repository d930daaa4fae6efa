package org.cosqual.personnel.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

  Optional<Account> find(long id);

  Optional<Account> findByUsername(String username);

  /** The account, its row locked until the transaction ends, so changes to it are serialised. */
  Optional<Account> lock(long id);

  /** As {@link #lock}, by user name: parallel sign-ins of one account count one after the other. */
  Optional<Account> lockByUsername(String username);

  /**
   * Writes the sign-in bookkeeping (failures, lock, last sign-in) without touching the version: a
   * sign-in is not an edit, and must not make an administrator's form of the account stale.
   */
  void storeSignInState(Account account);

  Optional<Account> findByPerson(long personId);

  List<Account> findAll();

  long count();

  Account store(Account account);
}
