package org.cosqual.personnel.domain.model.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cosqual.personnel.testing.TestEntities;

/** Accounts in a map; {@link #store} gives a new account the next id, as the database would. */
public class FakeAccountRepository implements AccountRepository {

  private final Map<Long, Account> byId = new LinkedHashMap<>();
  private long nextId = 1;

  @Override
  public Optional<Account> find(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<Account> findByUsername(String username) {
    return byId.values().stream().filter(a -> a.getUsername().equals(username)).findFirst();
  }

  @Override
  public Optional<Account> findByPerson(long personId) {
    return byId.values().stream()
        .filter(a -> a.getPerson().getId() != null && a.getPerson().getId() == personId)
        .findFirst();
  }

  @Override
  public Optional<Account> lock(long id) {
    return find(id);
  }

  @Override
  public Optional<Account> lockByUsername(String username) {
    return findByUsername(username);
  }

  @Override
  public void storeSignInState(Account account) {
    // the account in the map is the one the service changed
  }

  @Override
  public List<Account> findAll() {
    List<Account> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparing(Account::getUsername));
    return all;
  }

  @Override
  public long count() {
    return byId.size();
  }

  @Override
  public Account store(Account account) {
    if (account.getId() == null) {
      TestEntities.withId(account, nextId++);
    }
    byId.put(account.getId(), account);
    return account;
  }
}
