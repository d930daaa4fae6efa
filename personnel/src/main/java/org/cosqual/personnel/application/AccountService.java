package org.cosqual.personnel.application;

import java.util.List;
import java.util.Set;
import org.cosqual.personnel.domain.model.account.Role;

/** What the system administrator does with accounts, and what every holder does with their own. */
public interface AccountService {

  /**
   * Creates the person and the account; returns the one-time password, or null if one was given.
   */
  String createAccount(NewAccount account);

  void changeAssignment(long accountId, long version, Set<Role> roles, Long organisationId);

  void disableAccount(long accountId, long version);

  void enableAccount(long accountId, long version);

  void unlockAccount(long accountId, long version);

  /** Issues a one-time password that must be changed at the next sign-in. */
  String resetPassword(long accountId, long version);

  /** The caller changes their own password, proving the current one. */
  void changeOwnPassword(char[] currentPassword, char[] newPassword);

  List<AccountSummary> listAccounts();

  /**
   * At the first start without demo data: the only account, a system administrator with a one-time
   * password (returned, to be shown once). Refused when any account exists.
   */
  String createFirstAdministrator(String username, String personName);

  long countAccounts();
}
