package org.cosqual.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.cosqual.personnel.application.PasswordHasher;

/**
 * Shiro 2's default password service: argon2id with a random salt, in Shiro's self-describing
 * format.
 */
@ApplicationScoped
public class ShiroPasswordHasher implements PasswordHasher {

  private final PasswordService passwords = new DefaultPasswordService();

  @Override
  public String hash(char[] password) {
    return passwords.encryptPassword(password);
  }

  @Override
  public boolean matches(char[] password, String storedHash) {
    return passwords.passwordsMatch(password, storedHash);
  }
}
