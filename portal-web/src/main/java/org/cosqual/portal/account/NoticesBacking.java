package org.cosqual.portal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cosqual.personnel.application.NoticeService;
import org.cosqual.personnel.domain.model.notice.Notice;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.portal.shell.PageMessages;

/** The signed-in user's notices: the count in the header, and the page that lists them. */
@Named("notices")
@RequestScoped
public class NoticesBacking {

  @Inject NoticeService notices;

  private Long unread;
  private List<Notice> listed;

  public long getUnreadCount() {
    if (unread == null) {
      unread = notices.countMyUnread();
    }
    return unread;
  }

  public List<Notice> getNotices() {
    if (listed == null) {
      listed = notices.myNotices();
    }
    return listed;
  }

  public String markRead(long noticeId) {
    try {
      notices.markRead(noticeId);
    } catch (BusinessException refusal) {
      PageMessages.error(refusal);
      return null;
    }
    return "/account/notices.xhtml?faces-redirect=true";
  }

  public String markAllRead() {
    notices.markAllRead();
    PageMessages.info("notice.message.allRead");
    PageMessages.keepForRedirect();
    return "/account/notices.xhtml?faces-redirect=true";
  }
}
