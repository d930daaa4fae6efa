package org.cosqual.training.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cosqual.personnel.domain.model.review.ReviewState;
import org.cosqual.training.domain.model.course.Audience;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.course.CourseRepository;
import org.cosqual.training.domain.model.course.CourseStatus;
import org.cosqual.training.domain.model.course.MaterialOpening;
import org.cosqual.training.domain.model.course.ProviderKind;

@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Course> find(long id) {
    return Optional.ofNullable(em.find(Course.class, id));
  }

  @Override
  public Optional<Course> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Course.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Course> findPublished(Set<Audience> audiences) {
    return em.createQuery(
            "select c from Course c join fetch c.category where c.status = :status"
                + " and c.audience in :audiences order by c.title, c.id",
            Course.class)
        .setParameter("status", CourseStatus.PUBLISHED)
        .setParameter("audiences", audiences)
        .getResultList();
  }

  @Override
  public List<Course> findDraftedBy(long organisationId) {
    return em.createQuery(
            "select c from Course c join fetch c.category where c.providerOrganisation.id = :org"
                + " and c.status <> :retired order by c.createdAt desc, c.id desc",
            Course.class)
        .setParameter("org", organisationId)
        .setParameter("retired", CourseStatus.RETIRED)
        .getResultList();
  }

  @Override
  public List<Course> findInReview() {
    return em.createQuery(
            "select c from Course c join fetch c.category where c.review.state = :pending"
                + " order by c.review.since, c.id",
            Course.class)
        .setParameter("pending", ReviewState.PENDING)
        .getResultList();
  }

  @Override
  public List<Course> findForRegulators() {
    return em.createQuery(
            "select c from Course c join fetch c.category"
                + " where c.providerKind <> :association or c.review.state is not null"
                + " order by c.status, c.title, c.id",
            Course.class)
        .setParameter("association", ProviderKind.ASSOCIATION)
        .getResultList();
  }

  @Override
  public Course store(Course course) {
    em.persist(course);
    em.flush();
    return course;
  }

  @Override
  public Set<Long> findOpenedMaterials(long personId, long courseId) {
    return new HashSet<>(
        em.createQuery(
                "select o.materialId from MaterialOpening o, CourseMaterial m"
                    + " where o.personId = :personId and m.id = o.materialId"
                    + " and m.course.id = :courseId",
                Long.class)
            .setParameter("personId", personId)
            .setParameter("courseId", courseId)
            .getResultList());
  }

  @Override
  public void recordOpening(MaterialOpening opening) {
    MaterialOpening.Key key =
        new MaterialOpening.Key(opening.getPersonId(), opening.getMaterialId());
    if (em.find(MaterialOpening.class, key) == null) {
      em.persist(opening);
    }
  }
}
