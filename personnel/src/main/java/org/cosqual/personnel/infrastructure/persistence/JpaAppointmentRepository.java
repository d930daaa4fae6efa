package org.cosqual.personnel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.AppointmentKey;
import org.cosqual.personnel.domain.model.appointment.AppointmentRepository;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;

@ApplicationScoped
public class JpaAppointmentRepository implements AppointmentRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Appointment> find(long id) {
    return Optional.ofNullable(em.find(Appointment.class, id));
  }

  @Override
  public List<Appointment> findByPerson(long personId) {
    return em.createNamedQuery("Appointment.findByPerson", Appointment.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  @Override
  public List<Appointment> findByEnterprise(long enterpriseId) {
    return em.createNamedQuery("Appointment.findByEnterprise", Appointment.class)
        .setParameter("enterpriseId", enterpriseId)
        .getResultList();
  }

  @Override
  public List<Appointment> findByPersonAndPosition(long personId, KeyPosition position) {
    return em.createNamedQuery("Appointment.findByPersonAndPosition", Appointment.class)
        .setParameter("personId", personId)
        .setParameter("position", position)
        .getResultList();
  }

  @Override
  public List<Appointment> findByEnterpriseAndPosition(long enterpriseId, KeyPosition position) {
    return em.createNamedQuery("Appointment.findByEnterpriseAndPosition", Appointment.class)
        .setParameter("enterpriseId", enterpriseId)
        .setParameter("position", position)
        .getResultList();
  }

  @Override
  public boolean hasSeveralHolders(KeyPosition position, LocalDate day) {
    return !em.createNamedQuery("Appointment.findEnterprisesWithSeveralHolders", Long.class)
        .setParameter("position", position)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<AppointmentKey> findKeysInSubtree(String pathPrefix) {
    return em.createNamedQuery("Appointment.findKeysInSubtree", AppointmentKey.class)
        .setParameter("pathPrefix", pathPrefix + "%")
        .getResultList();
  }

  @Override
  public List<Appointment> findCurrentInSubtree(
      String pathPrefix, Collection<KeyPosition> positions, LocalDate day) {
    return em.createNamedQuery("Appointment.findCurrentInSubtree", Appointment.class)
        .setParameter("pathPrefix", pathPrefix + "%")
        .setParameter("positions", List.copyOf(positions))
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public Appointment store(Appointment appointment) {
    em.persist(appointment);
    em.flush();
    return appointment;
  }
}
