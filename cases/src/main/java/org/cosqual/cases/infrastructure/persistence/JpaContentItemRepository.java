package org.cosqual.cases.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.ContentItemRepository;
import org.cosqual.cases.domain.model.item.ItemFilter;
import org.cosqual.cases.domain.model.item.ItemStatus;
import org.cosqual.cases.domain.model.item.ItemVersion;
import org.cosqual.cases.domain.model.item.Visibility;
import org.cosqual.cases.domain.model.search.IndexedItem;
import org.cosqual.personnel.domain.model.review.ReviewState;

@ApplicationScoped
public class JpaContentItemRepository implements ContentItemRepository {

  private static final int BATCH = 200;

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<ContentItem> find(long id) {
    return Optional.ofNullable(em.find(ContentItem.class, id));
  }

  @Override
  public Optional<ContentItem> findForUpdate(long id) {
    return Optional.ofNullable(
        em.find(ContentItem.class, id, LockModeType.PESSIMISTIC_FORCE_INCREMENT));
  }

  @Override
  public ContentItem store(ContentItem item) {
    if (item.getId() == null) {
      em.persist(item);
    }
    em.flush();
    return item;
  }

  @Override
  public List<ContentItem> findPublished(ItemFilter filter, int first, int max) {
    return published(
            filter, "select i", " order by i.firstPublishedAt desc, i.id desc", ContentItem.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<Long> findPublishedIds(ItemFilter filter) {
    return published(
            filter, "select i.id", " order by i.firstPublishedAt desc, i.id desc", Long.class)
        .getResultList();
  }

  @Override
  public long countPublished(ItemFilter filter) {
    return published(filter, "select count(i)", "", Long.class).getSingleResult();
  }

  @Override
  public List<ContentItem> findMostRead(ItemFilter filter, int max) {
    return published(filter, "select i", " order by i.viewCount desc, i.id desc", ContentItem.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** The published items whose live version the filter lets through. */
  private <T> TypedQuery<T> published(
      ItemFilter filter, String select, String order, Class<T> type) {
    String from = " from ContentItem i join i.versions v";
    StringBuilder where =
        new StringBuilder(
            " where i.status = :status and v.number = i.publishedNumber"
                + " and v.visibility in :visibilities");
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("status", ItemStatus.PUBLISHED);
    parameters.put("visibilities", filter.visibilities());
    if (filter.kind() != null) {
      where.append(" and i.kind = :kind");
      parameters.put("kind", filter.kind());
    }
    if (filter.topic() != null) {
      from += " join v.topics t";
      where.append(" and t = :topic");
      parameters.put("topic", filter.topic());
    }
    if (filter.regionCodes() != null) {
      where.append(" and v.regionCode in :regions");
      parameters.put("regions", filter.regionCodes());
    }
    if (filter.year() != null) {
      where.append(" and i.firstPublishedAt >= :from and i.firstPublishedAt < :until");
      parameters.put("from", yearStart(filter.year()));
      parameters.put("until", yearStart(filter.year() + 1));
    }
    TypedQuery<T> query = em.createQuery(select + from + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static java.time.Instant yearStart(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay(IndexedItem.PROVINCE_ZONE).toInstant();
  }

  @Override
  public List<ContentItem> findQaEntries(long handbookId, Set<Visibility> visibilities) {
    return em.createQuery(
            "select i from ContentItem i join i.versions v where i.status = :status"
                + " and v.number = i.publishedNumber and v.qaHandbookId = :handbook"
                + " and v.visibility in :visibilities order by i.firstPublishedAt, i.id",
            ContentItem.class)
        .setParameter("status", ItemStatus.PUBLISHED)
        .setParameter("handbook", handbookId)
        .setParameter("visibilities", visibilities)
        .getResultList();
  }

  @Override
  public List<ContentItem> findOwnedBy(long organisationId) {
    return em.createQuery(
            "select i from ContentItem i where i.owner.id = :owner order by i.createdAt desc, i.id"
                + " desc",
            ContentItem.class)
        .setParameter("owner", organisationId)
        .getResultList();
  }

  @Override
  public List<ContentItem> findInReview(String jurisdictionPath) {
    return em.createQuery(
            "select i from ContentItem i where i.review.state = :pending"
                + " and i.owner.jurisdiction.path like :subtree order by i.review.since, i.id",
            ContentItem.class)
        .setParameter("pending", ReviewState.PENDING)
        .setParameter("subtree", jurisdictionPath + "%")
        .getResultList();
  }

  @Override
  public List<ItemVersion> findVersionsAttaching(long fileId) {
    return em.createQuery(
            "select v from ItemVersion v join v.attachments a where a.fileId = :file",
            ItemVersion.class)
        .setParameter("file", fileId)
        .getResultList();
  }

  @Override
  public void forEachPublished(Consumer<ContentItem> action) {
    long after = 0;
    while (true) {
      List<ContentItem> batch =
          em.createQuery(
                  "select i from ContentItem i where i.status = :status and i.id > :after"
                      + " order by i.id",
                  ContentItem.class)
              .setParameter("status", ItemStatus.PUBLISHED)
              .setParameter("after", after)
              .setMaxResults(BATCH)
              .getResultList();
      if (batch.isEmpty()) {
        return;
      }
      batch.forEach(action);
      after = batch.get(batch.size() - 1).getId();
      em.clear();
    }
  }

  @Override
  public long savedViews(long id) {
    return em.createQuery("select i.viewCount from ContentItem i where i.id = :id", Long.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElse(0L);
  }

  @Override
  public void addViews(long id, long count) {
    em.createQuery("update ContentItem i set i.viewCount = i.viewCount + :count where i.id = :id")
        .setParameter("count", count)
        .setParameter("id", id)
        .executeUpdate();
  }
}
