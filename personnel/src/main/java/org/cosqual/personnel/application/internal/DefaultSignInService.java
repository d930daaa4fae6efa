package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.PasswordHasher;
import org.cosqual.personnel.application.SignInResult;
import org.cosqual.personnel.application.SignInResult.Outcome;
import org.cosqual.personnel.application.SignInService;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.AccountRepository;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.shared.NotFoundException;

@ApplicationScoped
@Transactional
public class DefaultSignInService implements SignInService {

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Recorded in place of a typed user name that cannot be one. */
  static final String UNRECOGNISABLE = "(unrecognisable)";

  private volatile String decoyHash;

  @Override
  public SignInResult signIn(String username, char[] password, String remoteAddress) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    Instant now = clock.instant();
    Optional<Account> found = accounts.lockByUsername(name);
    if (found.isEmpty()) {
      // Spend the hashing time a wrong password costs, so timing does not tell unknown names apart.
      hasher.matches(password, decoyHash());
      // Whatever was typed is recorded only if it looks like a user name, never a mistyped
      // password.
      String typed = Account.isWellFormed(name) ? name : UNRECOGNISABLE;
      return refuse(typed, remoteAddress, Outcome.UNKNOWN_ACCOUNT, "unknown account");
    }
    Account account = found.get();
    if (account.isLocked(now)) {
      audit.append(record(name, AuditAction.SIGN_IN_FAILED, account, "locked", remoteAddress));
      return new SignInResult(Outcome.LOCKED, null, false, account.getLockedUntil());
    }
    if (!hasher.matches(password, account.getPasswordHash())) {
      boolean locked = account.recordFailedSignIn(now);
      accounts.storeSignInState(account);
      audit.append(
          record(name, AuditAction.SIGN_IN_FAILED, account, "wrong password", remoteAddress));
      if (locked) {
        audit.append(
            record(
                name,
                AuditAction.ACCOUNT_LOCKED,
                account,
                "until " + account.getLockedUntil(),
                remoteAddress));
        return new SignInResult(Outcome.LOCKED, null, false, account.getLockedUntil());
      }
      return SignInResult.refused(Outcome.WRONG_PASSWORD);
    }
    if (!account.isEnabled()) {
      return refuse(name, remoteAddress, Outcome.DISABLED, "disabled");
    }
    account.recordSignIn(now);
    accounts.storeSignInState(account);
    audit.append(record(name, AuditAction.SIGN_IN, account, "", remoteAddress));
    return new SignInResult(
        Outcome.SIGNED_IN, account.getId(), account.isMustChangePassword(), null);
  }

  @Override
  public void recordSignOut(long accountId, String remoteAddress) {
    accounts
        .find(accountId)
        .ifPresent(
            account ->
                audit.append(
                    record(
                        account.getUsername(), AuditAction.SIGN_OUT, account, "", remoteAddress)));
  }

  @Override
  public boolean isActive(long accountId) {
    return accounts.find(accountId).map(Account::isEnabled).orElse(false);
  }

  @Override
  public boolean mustChangePassword(long accountId) {
    return accounts.find(accountId).map(Account::isMustChangePassword).orElse(false);
  }

  @Override
  public CallerIdentity callerFor(long accountId, String remoteAddress) {
    Account account =
        accounts.find(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
    var organisation = account.getOrganisation();
    String jurisdiction = organisation == null ? null : organisation.getJurisdiction().getPath();
    // A disabled account may still have a session open: it keeps no role.
    boolean enabled = account.isEnabled();
    return new CallerIdentity(
        account.getId(),
        account.getUsername(),
        enabled ? account.getRoles() : Set.of(),
        enabled ? account.permissions() : Set.of(),
        jurisdiction,
        organisation == null ? null : organisation.getId(),
        remoteAddress);
  }

  private SignInResult refuse(String name, String remoteAddress, Outcome outcome, String why) {
    audit.append(
        new AuditRecord(name, AuditAction.SIGN_IN_FAILED, "account:" + name, why, remoteAddress));
    return SignInResult.refused(outcome);
  }

  private static AuditRecord record(
      String name, AuditAction action, Account account, String detail, String remoteAddress) {
    return new AuditRecord(name, action, "account:" + account.getUsername(), detail, remoteAddress);
  }

  private String decoyHash() {
    if (decoyHash == null) {
      decoyHash = hasher.hash(OneTimePasswords.generate());
    }
    return decoyHash;
  }
}
