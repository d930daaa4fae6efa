package org.cosqual.personnel.application;

import java.util.List;
import org.cosqual.personnel.domain.model.notice.Notice;

/**
 * In-app notices: any module posts one for a person; the signed-in person reads theirs and marks
 * them read.
 */
public interface NoticeService {

  /** The most notices {@link #myNotices} lists. */
  int LISTED_MAX = 100;

  /**
   * Leaves a notice for a person, in the caller's transaction.
   *
   * @param messageKey the bundle key of its text, shown in the reader's language
   * @param arguments the text's arguments; one that is itself a bundle key is shown translated
   */
  Notice post(long personId, String messageKey, List<String> arguments);

  /** The signed-in person's notices, unread first, newest first. */
  List<Notice> myNotices();

  long countMyUnread();

  /** Marks one of the signed-in person's notices read; another's is "not found". */
  void markRead(long noticeId);

  void markAllRead();
}
