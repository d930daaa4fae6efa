package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.cosqual.personnel.domain.model.supervision.DutyRecord;
import org.cosqual.personnel.domain.model.supervision.Sanction;
import org.cosqual.personnel.domain.model.supervision.SupervisionRepository;

@ApplicationScoped
public class JpaSupervisionRepository implements SupervisionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<Sanction> findSanctions(long personId) {
    return em.createNamedQuery("Sanction.findByPerson", Sanction.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  @Override
  public List<DutyRecord> findDutyRecords(long personId) {
    return em.createNamedQuery("DutyRecord.findByPerson", DutyRecord.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  @Override
  public Sanction store(Sanction sanction) {
    em.persist(sanction);
    return sanction;
  }

  @Override
  public DutyRecord store(DutyRecord record) {
    em.persist(record);
    return record;
  }
}
