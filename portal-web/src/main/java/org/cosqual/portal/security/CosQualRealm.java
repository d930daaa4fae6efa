package org.cosqual.portal.security;

import jakarta.enterprise.inject.spi.CDI;
import java.util.stream.Collectors;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.SignInResult;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.account.Role;

/**
 * Hands sign-in to the personnel module, which checks the password, counts failures, locks and
 * audits; the realm only translates its answer. Roles and permissions are read fresh on every
 * check, so an administrator's change applies at the holder's next request.
 */
public class CosQualRealm extends AuthorizingRealm {

  public CosQualRealm() {
    setCredentialsMatcher(new AllowAllCredentialsMatcher());
    setAuthorizationCachingEnabled(false);
    setAuthenticationCachingEnabled(false);
  }

  @Override
  public boolean supports(AuthenticationToken token) {
    return token instanceof UsernamePasswordToken;
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
    UsernamePasswordToken credentials = (UsernamePasswordToken) token;
    SignInResult result =
        signIn()
            .signIn(credentials.getUsername(), credentials.getPassword(), credentials.getHost());
    switch (result.outcome()) {
      case SIGNED_IN:
        return new SimpleAuthenticationInfo(
            result.accountId(), credentials.getPassword(), getName());
      case LOCKED:
        throw new LockedAccountException(String.valueOf(result.lockedUntil()));
      case DISABLED:
        throw new DisabledAccountException();
      case UNKNOWN_ACCOUNT:
        throw new UnknownAccountException();
      case WRONG_PASSWORD:
        throw new IncorrectCredentialsException();
      default:
        throw new AuthenticationException(result.outcome().name());
    }
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    long accountId = (Long) principals.getPrimaryPrincipal();
    CallerIdentity caller = signIn().callerFor(accountId, null);
    SimpleAuthorizationInfo info =
        new SimpleAuthorizationInfo(
            caller.roles().stream().map(Role::name).collect(Collectors.toSet()));
    info.setStringPermissions(
        caller.permissions().stream().map(Permission::code).collect(Collectors.toSet()));
    return info;
  }

  private static SignInService signIn() {
    return CDI.current().select(SignInService.class).get();
  }
}
