package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.AccountRepository;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  private static final UtcInstantConverter UTC = new UtcInstantConverter();

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public Optional<Account> findByUsername(String username) {
    return em.createNamedQuery("Account.findByUsername", Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Account> findByPerson(long personId) {
    return em.createNamedQuery("Account.findByPerson", Account.class)
        .setParameter("personId", personId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Account> lock(long id) {
    return Optional.ofNullable(em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Account> lockByUsername(String username) {
    return em.createNamedQuery("Account.findByUsername", Account.class)
        .setParameter("username", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void storeSignInState(Account account) {
    // Native SQL: EclipseLink raises the version in a JPQL bulk update too.
    em.detach(account);
    em.createNativeQuery(
            "UPDATE account SET recent_failures = ?, locked_until = ?, last_sign_in = ?"
                + " WHERE id = ?")
        .setParameter(1, account.getRecentFailures())
        .setParameter(2, UTC.convertToDatabaseColumn(account.getLockedUntil()))
        .setParameter(3, UTC.convertToDatabaseColumn(account.getLastSignIn()))
        .setParameter(4, account.getId())
        .executeUpdate();
  }

  @Override
  public List<Account> findAll() {
    // Roles of all accounts in one more query (IN batch), not one query per account.
    return em.createNamedQuery("Account.findAll", Account.class)
        .setHint("eclipselink.batch", "a.roles")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  @Override
  public long count() {
    return em.createNamedQuery("Account.count", Long.class).getSingleResult();
  }

  @Override
  public Account store(Account account) {
    em.persist(account.getPerson());
    em.persist(account);
    return account;
  }
}
