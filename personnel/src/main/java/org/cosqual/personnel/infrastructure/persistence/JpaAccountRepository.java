package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.AccountRepository;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

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
  public List<Account> findAll() {
    return em.createNamedQuery("Account.findAll", Account.class).getResultList();
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
