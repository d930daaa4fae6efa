package org.cosqual.personnel.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

  Optional<Account> find(long id);

  Optional<Account> findByUsername(String username);

  List<Account> findAll();

  long count();

  Account store(Account account);
}
