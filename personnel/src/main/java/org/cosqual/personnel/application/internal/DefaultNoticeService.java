package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.NoticeService;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.AccountRepository;
import org.cosqual.personnel.domain.model.notice.Notice;
import org.cosqual.personnel.domain.model.notice.NoticeRepository;
import org.cosqual.personnel.domain.shared.NotFoundException;

@ApplicationScoped
@Transactional
public class DefaultNoticeService implements NoticeService {

  @Inject NoticeRepository notices;
  @Inject AccountRepository accounts;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public Notice post(long personId, String messageKey, List<String> arguments) {
    return notices.store(new Notice(personId, messageKey, arguments, clock.instant()));
  }

  @Override
  public List<Notice> myNotices() {
    return self().map(id -> notices.findByRecipient(id, LISTED_MAX)).orElse(List.of());
  }

  @Override
  public long countMyUnread() {
    return self().map(notices::countUnread).orElse(0L);
  }

  @Override
  public void markRead(long noticeId) {
    notices
        .find(noticeId)
        .filter(n -> self().filter(id -> id == n.getRecipientId()).isPresent())
        .orElseThrow(() -> new NotFoundException("Notice", noticeId))
        .read(clock.instant());
  }

  @Override
  public void markAllRead() {
    myNotices().stream().filter(Notice::isUnread).forEach(n -> n.read(clock.instant()));
  }

  /** The signed-in person, if anyone is signed in. */
  private Optional<Long> self() {
    return caller.accountId().flatMap(accounts::find).map(Account::getPerson).map(p -> p.getId());
  }
}
