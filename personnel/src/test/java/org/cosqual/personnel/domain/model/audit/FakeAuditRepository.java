package org.cosqual.personnel.domain.model.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The chain in a sorted map and one head object. {@link #lockHead} counts its calls so a test can
 * tell that every append went through the lock.
 */
public class FakeAuditRepository implements AuditRepository {

  private final TreeMap<Long, AuditEntry> entries = new TreeMap<>();
  private final AuditChainHead head = new AuditChainHead();
  private int headLocks;

  @Override
  public AuditChainHead lockHead() {
    headLocks++;
    return head;
  }

  @Override
  public AuditChainHead head() {
    return head;
  }

  @Override
  public void store(AuditEntry entry) {
    if (entries.putIfAbsent(entry.getSeq(), entry) != null) {
      throw new IllegalStateException("Duplicate audit seq " + entry.getSeq());
    }
  }

  @Override
  public List<AuditEntry> findAfter(long afterSeq, int limit) {
    return entries.tailMap(afterSeq, false).values().stream().limit(limit).toList();
  }

  @Override
  public List<AuditEntry> search(AuditQuery query, int first, int pageSize) {
    List<AuditEntry> newestFirst = new ArrayList<>(entries.descendingMap().values());
    return newestFirst.stream().skip(first).limit(pageSize).toList();
  }

  @Override
  public long count(AuditQuery query) {
    return entries.size();
  }

  /** Every stored entry in sequence order. */
  public List<AuditEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** Deletes a row behind the trail's back, as someone with database access could. */
  public void delete(long seq) {
    entries.remove(seq);
  }

  public int headLocks() {
    return headLocks;
  }
}
