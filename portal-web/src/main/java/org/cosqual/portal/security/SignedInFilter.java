package org.cosqual.portal.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authc.UserFilter;
import org.apache.shiro.web.util.WebUtils;

/** Lets signed-in users through and sends everyone else to the sign-in page, ajax requests too. */
public class SignedInFilter extends UserFilter {

  @Override
  protected void redirectToLogin(ServletRequest request, ServletResponse response)
      throws IOException {
    if (!LoginRedirect.isFacesAjax(request)) {
      WebUtils.saveRequest(request);
    }
    LoginRedirect.send(request, response, getLoginUrl());
  }
}
