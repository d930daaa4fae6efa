package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.notice.Notice;
import org.cosqual.personnel.domain.model.notice.NoticeRepository;

@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Notice> find(long id) {
    return Optional.ofNullable(em.find(Notice.class, id));
  }

  @Override
  public List<Notice> findByRecipient(long personId, int max) {
    return em.createNamedQuery("Notice.findByRecipient", Notice.class)
        .setParameter("personId", personId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countUnread(long personId) {
    return em.createNamedQuery("Notice.countUnread", Long.class)
        .setParameter("personId", personId)
        .getSingleResult();
  }

  @Override
  public Notice store(Notice notice) {
    em.persist(notice);
    return notice;
  }
}
