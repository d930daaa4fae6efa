package org.cosqual.portal.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authz.PermissionsAuthorizationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * A URL rule by permission. A signed-in user without it gets HTTP 403 and the portal's 403 page,
 * not Shiro's bare 401.
 */
public class ForbiddingPermissionsFilter extends PermissionsAuthorizationFilter {

  @Override
  protected boolean onAccessDenied(ServletRequest request, ServletResponse response)
      throws IOException {
    if (getSubject(request, response).getPrincipal() == null) {
      WebUtils.saveRequest(request);
      LoginRedirect.send(request, response, getLoginUrl());
    } else {
      WebUtils.toHttp(response).sendError(HttpServletResponse.SC_FORBIDDEN);
    }
    return false;
  }
}
