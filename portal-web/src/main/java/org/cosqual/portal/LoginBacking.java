package org.cosqual.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.portal.security.PasswordChangeFilter;
import org.cosqual.portal.shell.DisplayZone;
import org.cosqual.portal.shell.PageMessages;

/** The sign-in form. The personnel module decides; this bean shows its answer. */
@Named("login")
@RequestScoped
public class LoginBacking {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Inject SignInService signIn;
  @Inject DisplayZone zone;

  private String username;
  private String password;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Subject subject = SecurityUtils.getSubject();
    try {
      subject.login(new UsernamePasswordToken(username, password, false, request.getRemoteAddr()));
    } catch (LockedAccountException e) {
      PageMessages.error("login.message.error.locked", lockedUntil(e.getMessage()));
      return;
    } catch (DisabledAccountException e) {
      PageMessages.error("login.message.error.disabled");
      return;
    } catch (AuthenticationException e) {
      PageMessages.error("login.message.error.credentials");
      return;
    } finally {
      password = null;
    }
    request.changeSessionId();
    long accountId = (Long) subject.getPrincipal();
    boolean mustChange = signIn.mustChangePassword(accountId);
    PasswordChangeFilter.require(mustChange);
    SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
    String home = external.getRequestContextPath() + "/";
    String target =
        mustChange
            ? external.getRequestContextPath() + PasswordChangeFilter.PAGE
            : saved != null && isOwnPage(saved.getRequestUrl(), home)
                ? saved.getRequestUrl()
                : home;
    external.redirect(target);
  }

  /** Only a page of this portal, never "//elsewhere.example" (an open redirect). */
  static boolean isOwnPage(String url, String home) {
    return url.startsWith(home) && !url.startsWith("//") && !url.contains("\\");
  }

  private String lockedUntil(String instant) {
    try {
      return TIME.format(Instant.parse(instant).atZone(zone.get()));
    } catch (RuntimeException e) {
      return "";
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
