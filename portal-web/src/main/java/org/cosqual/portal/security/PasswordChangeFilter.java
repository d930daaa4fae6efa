package org.cosqual.portal.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;
import org.apache.shiro.web.filter.PathMatchingFilter;

/**
 * Holds a user whose password was issued by an administrator (or at the first start) on the
 * change-password page until they have chosen their own.
 */
public class PasswordChangeFilter extends PathMatchingFilter {

  static final String MUST_CHANGE = "cosqual.mustChangePassword";
  public static final String PAGE = "/account/password.xhtml";

  @Override
  protected boolean onPreHandle(
      ServletRequest request, ServletResponse response, Object mappedValue) throws IOException {
    Session session = SecurityUtils.getSubject().getSession(false);
    if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE))) {
      LoginRedirect.send(request, response, PAGE);
      return false;
    }
    return true;
  }

  /** Marks the signed-in session as held, or releases it. */
  public static void require(boolean mustChange) {
    Session session = SecurityUtils.getSubject().getSession();
    if (mustChange) {
      session.setAttribute(MUST_CHANGE, Boolean.TRUE);
    } else {
      session.removeAttribute(MUST_CHANGE);
    }
  }
}
