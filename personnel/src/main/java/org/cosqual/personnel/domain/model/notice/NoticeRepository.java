package org.cosqual.personnel.domain.model.notice;

import java.util.List;
import java.util.Optional;

public interface NoticeRepository {

  Optional<Notice> find(long id);

  /** A person's notices, unread first, newest first, at most {@code max}. */
  List<Notice> findByRecipient(long personId, int max);

  long countUnread(long personId);

  Notice store(Notice notice);
}
