package org.cosqual.cases.domain.model.item;

/**
 * Where an item stands for its readers. A published item being revised stays {@code PUBLISHED}: its
 * readers see the last published version while the next one is drafted and reviewed.
 */
public enum ItemStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED
}
