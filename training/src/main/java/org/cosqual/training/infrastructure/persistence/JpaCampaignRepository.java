package org.cosqual.training.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cosqual.training.domain.model.assessment.AssessmentFiling;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.CampaignRepository;
import org.cosqual.training.domain.model.assessment.CampaignStatus;
import org.cosqual.training.domain.model.assessment.Enrolment;

@ApplicationScoped
public class JpaCampaignRepository implements CampaignRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Campaign> find(long id) {
    return Optional.ofNullable(em.find(Campaign.class, id));
  }

  @Override
  public Optional<Campaign> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Campaign> findTouching(String subtree) {
    return em.createQuery(
            "select c from Campaign c where c.jurisdictionPath like :inside"
                + " or locate(c.jurisdictionPath, :subtree) = 1"
                + " order by c.year desc, c.id desc",
            Campaign.class)
        .setParameter("inside", subtree + "%")
        .setParameter("subtree", subtree)
        .getResultList();
  }

  @Override
  public List<Campaign> findOpen(LocalDate day) {
    return em.createQuery(
            "select c from Campaign c where c.status = :open and c.closesOn >= :day",
            Campaign.class)
        .setParameter("open", CampaignStatus.OPEN)
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public Optional<Campaign> findOpenQuiz(long courseId) {
    return em.createQuery(
            "select c from Campaign c where c.course.id = :courseId and c.status = :open"
                + " order by c.id desc",
            Campaign.class)
        .setParameter("courseId", courseId)
        .setParameter("open", CampaignStatus.OPEN)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Campaign store(Campaign campaign) {
    if (campaign.getId() == null) {
      em.persist(campaign);
      em.flush();
      return campaign;
    }
    return em.merge(campaign);
  }

  @Override
  public Optional<Enrolment> findEnrolment(long id) {
    return Optional.ofNullable(em.find(Enrolment.class, id));
  }

  @Override
  public Optional<Enrolment> findEnrolmentForUpdate(long id) {
    return Optional.ofNullable(em.find(Enrolment.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Enrolment> findEnrolment(long campaignId, long personId) {
    return enrolmentOf(campaignId, personId, LockModeType.NONE);
  }

  @Override
  public Optional<Enrolment> findEnrolmentForUpdate(long campaignId, long personId) {
    return enrolmentOf(campaignId, personId, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<Enrolment> enrolmentOf(long campaignId, long personId, LockModeType lock) {
    return em.createQuery(
            "select e from AssessmentEnrolment e where e.campaign.id = :campaignId"
                + " and e.person.id = :personId",
            Enrolment.class)
        .setParameter("campaignId", campaignId)
        .setParameter("personId", personId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean isEnrolled(long campaignId, long personId) {
    return !em.createQuery(
            "select e.id from AssessmentEnrolment e where e.campaign.id = :campaignId"
                + " and e.person.id = :personId",
            Long.class)
        .setParameter("campaignId", campaignId)
        .setParameter("personId", personId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Enrolment> findEnrolmentsOf(long personId) {
    return em.createQuery(
            "select e from AssessmentEnrolment e join fetch e.campaign c"
                + " left join fetch e.enterprise where e.person.id = :personId order by c.year desc, c.id desc",
            Enrolment.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  @Override
  public List<Enrolment> findEnrolments(long campaignId, String subtree) {
    return em.createQuery(
            "select e from AssessmentEnrolment e join fetch e.person p"
                + " left join fetch e.enterprise n left join n.organisation o"
                + " where e.campaign.id = :campaignId and e.jurisdictionPath like :subtree"
                + " order by o.name, p.name, e.id",
            Enrolment.class)
        .setParameter("campaignId", campaignId)
        .setParameter("subtree", subtree + "%")
        .getResultList();
  }

  @Override
  public long countEnrolments(long campaignId, String subtree) {
    return em.createQuery(
            "select count(e) from AssessmentEnrolment e"
                + " where e.campaign.id = :campaignId and e.jurisdictionPath like :subtree",
            Long.class)
        .setParameter("campaignId", campaignId)
        .setParameter("subtree", subtree + "%")
        .getSingleResult();
  }

  @Override
  public Enrolment store(Enrolment enrolment) {
    if (enrolment.getId() == null) {
      em.persist(enrolment);
      em.flush();
      return enrolment;
    }
    return em.merge(enrolment);
  }

  @Override
  public Optional<AssessmentFiling> findFilingForUpdate(long id) {
    return Optional.ofNullable(em.find(AssessmentFiling.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<AssessmentFiling> findFilingsToConfirm(String subtree) {
    return em.createQuery(
            "select f from AssessmentFiling f join fetch f.enrolment e join fetch e.person"
                + " join e.enterprise n join n.organisation o join o.jurisdiction j"
                + " where f.confirmedAt is null and j.path like :subtree order by f.filedAt, f.id",
            AssessmentFiling.class)
        .setParameter("subtree", subtree + "%")
        .getResultList();
  }

  @Override
  public List<AssessmentFiling> findFilingsOf(long personId) {
    return em.createQuery(
            "select f from AssessmentFiling f join fetch f.enrolment e join fetch e.campaign"
                + " where f.personId = :personId order by f.filedAt desc, f.id desc",
            AssessmentFiling.class)
        .setParameter("personId", personId)
        .getResultList();
  }
}
