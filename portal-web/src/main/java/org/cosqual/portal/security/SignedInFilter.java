package org.cosqual.portal.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.UserFilter;
import org.apache.shiro.web.util.WebUtils;
import org.cosqual.personnel.application.SignInService;

/**
 * Lets signed-in users through and sends everyone else to the sign-in page, ajax requests too. A
 * session whose account has been disabled meanwhile ends here.
 */
public class SignedInFilter extends UserFilter {

  @Override
  protected boolean isAccessAllowed(
      ServletRequest request, ServletResponse response, Object mappedValue) {
    if (!super.isAccessAllowed(request, response, mappedValue)) {
      return false;
    }
    Subject subject = getSubject(request, response);
    if (CDI.current().select(SignInService.class).get().isActive((Long) subject.getPrincipal())) {
      return true;
    }
    subject.logout();
    return false;
  }

  @Override
  protected void redirectToLogin(ServletRequest request, ServletResponse response)
      throws IOException {
    if (!LoginRedirect.isFacesAjax(request)) {
      WebUtils.saveRequest(request);
    }
    LoginRedirect.send(request, response, getLoginUrl());
  }
}
