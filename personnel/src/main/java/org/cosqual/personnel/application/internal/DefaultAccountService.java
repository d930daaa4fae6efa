package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.AccountSummary;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.NewAccount;
import org.cosqual.personnel.application.PasswordHasher;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.AccountRepository;
import org.cosqual.personnel.domain.model.account.PasswordPolicy;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationRepository;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;

@ApplicationScoped
@Transactional
public class DefaultAccountService implements AccountService {

  @Inject AccountRepository accounts;
  @Inject OrganisationRepository organisations;
  @Inject PasswordHasher hasher;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public String createAccount(NewAccount draft) {
    caller.require(Permission.ACCOUNT_MANAGE);
    return issueAccount(draft);
  }

  /**
   * Creates the account by the account rules, without asking for {@link Permission#ACCOUNT_MANAGE}:
   * for services that checked a narrower permission and scope of their own (a regulator opening an
   * enterprise's administrator account). Returns the one-time password, or null if one was given.
   */
  public String issueAccount(NewAccount draft) {
    String username = Account.checkUsername(draft.username());
    if (accounts.findByUsername(username).isPresent()) {
      throw new BusinessException("error.account.usernameTaken", username);
    }
    Organisation organisation =
        draft.organisationId() == null ? null : organisation(draft.organisationId());
    Person person = new Person(draft.personName(), draft.phone(), draft.email());
    char[] oneTime = null;
    String hash;
    if (draft.password() == null || draft.password().length == 0) {
      oneTime = OneTimePasswords.generate();
      hash = hasher.hash(oneTime);
    } else {
      PasswordPolicy.check(username, draft.password());
      hash = hasher.hash(draft.password());
    }
    Account account = new Account(username, hash, person, organisation, draft.roles());
    if (oneTime != null) {
      account.resetPassword(hash);
    }
    accounts.store(account);
    record(AuditAction.ACCOUNT_CREATED, account, describe(account));
    return oneTime == null ? null : new String(oneTime);
  }

  @Override
  public void changeAssignment(long accountId, long version, Set<Role> roles, Long organisationId) {
    Account account = loadForChange(accountId, version);
    if (isSelf(account) && !roles.contains(Role.SYSTEM_ADMIN)) {
      throw new BusinessException("error.account.self");
    }
    account.assign(roles, organisationId == null ? null : organisation(organisationId));
    record(AuditAction.ACCOUNT_ROLES_CHANGED, account, describe(account));
  }

  @Override
  public void disableAccount(long accountId, long version) {
    Account account = loadForChange(accountId, version);
    if (isSelf(account)) {
      throw new BusinessException("error.account.self");
    }
    account.disable();
    record(AuditAction.ACCOUNT_DISABLED, account, "");
  }

  @Override
  public void enableAccount(long accountId, long version) {
    Account account = loadForChange(accountId, version);
    account.enable();
    record(AuditAction.ACCOUNT_ENABLED, account, "");
  }

  @Override
  public void unlockAccount(long accountId, long version) {
    Account account = loadForChange(accountId, version);
    account.unlock();
    record(AuditAction.ACCOUNT_UNLOCKED, account, "");
  }

  @Override
  public String resetPassword(long accountId, long version) {
    Account account = loadForChange(accountId, version);
    char[] oneTime = OneTimePasswords.generate();
    account.resetPassword(hasher.hash(oneTime));
    account.unlock();
    record(AuditAction.PASSWORD_RESET, account, "");
    return new String(oneTime);
  }

  @Override
  public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
    Account account =
        caller
            .accountId()
            .flatMap(accounts::lock)
            .orElseThrow(() -> new AccessDeniedException("account"));
    if (!hasher.matches(currentPassword, account.getPasswordHash())) {
      throw new BusinessException("error.password.currentWrong");
    }
    PasswordPolicy.check(account.getUsername(), newPassword);
    if (hasher.matches(newPassword, account.getPasswordHash())) {
      throw new BusinessException("error.password.unchanged");
    }
    account.changePassword(hasher.hash(newPassword));
    record(AuditAction.PASSWORD_CHANGED, account, "");
  }

  @Override
  public List<AccountSummary> listAccounts() {
    caller.require(Permission.ACCOUNT_MANAGE);
    Instant now = clock.instant();
    return accounts.findAll().stream().map(account -> summary(account, now)).toList();
  }

  @Override
  public String createFirstAdministrator(String username, String personName) {
    if (accounts.count() > 0) {
      throw new BusinessException("error.account.notFirst");
    }
    return createAccount(
        new NewAccount(username, personName, null, null, Set.of(Role.SYSTEM_ADMIN), null, null));
  }

  @Override
  public long countAccounts() {
    return accounts.count();
  }

  private Account loadForChange(long accountId, long version) {
    caller.require(Permission.ACCOUNT_MANAGE);
    Account account =
        accounts.lock(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
    StaleVersionException.check("Account", accountId, version, account.getVersion());
    return account;
  }

  private Organisation organisation(long id) {
    return organisations.find(id).orElseThrow(() -> new NotFoundException("Organisation", id));
  }

  private boolean isSelf(Account account) {
    return caller.accountId().filter(account.getId()::equals).isPresent();
  }

  private void record(AuditAction action, Account account, String detail) {
    audit.append(
        new AuditRecord(
            caller.name(),
            action,
            "account:" + account.getUsername(),
            detail,
            caller.remoteAddress()));
  }

  private static String describe(Account account) {
    Organisation organisation = account.getOrganisation();
    return "roles="
        + new TreeSet<>(account.getRoles())
        + " organisation="
        + (organisation == null ? "-" : organisation.getCode());
  }

  private static AccountSummary summary(Account account, Instant now) {
    Organisation organisation = account.getOrganisation();
    return new AccountSummary(
        account.getId(),
        account.getUsername(),
        account.getPerson().getName(),
        account.getRoles(),
        organisation == null ? null : organisation.getId(),
        organisation == null ? null : organisation.getName(),
        account.isEnabled(),
        account.isLocked(now),
        account.isMustChangePassword(),
        account.getLastSignIn(),
        account.getVersion());
  }
}
