package org.cosqual.portal.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.cosqual.personnel.application.AccountService;
import org.cosqual.personnel.application.AccountSummary;
import org.cosqual.personnel.application.NewAccount;
import org.cosqual.personnel.application.OrganisationService;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.portal.shell.PageMessages;

/**
 * Account administration: create, assign roles and organisation, disable and enable, unlock, reset
 * the password. Every action carries the version the row was shown at, so a change made meanwhile
 * by another administrator is refused, not overwritten.
 */
@Named("accountsAdmin")
@ViewScoped
public class AccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;
  @Inject transient OrganisationService organisationService;

  private List<AccountSummary> rows;
  private List<OrganisationOption> organisations;

  private String username;
  private String personName;
  private String phone;
  private String email;
  private Role[] roles = {};
  private Long organisationId;

  private AccountSummary editing;
  private Role[] editRoles = {};
  private Long editOrganisationId;

  private String issuedPassword;
  private String issuedFor;

  @PostConstruct
  void load() {
    rows = accounts.listAccounts();
    organisations =
        organisationService.findVisibleOrganisations(null).stream()
            .map(OrganisationOption::of)
            .toList();
  }

  public void create() {
    String created = username;
    boolean done =
        attempt(
            () -> {
              issuedPassword =
                  accounts.createAccount(
                      new NewAccount(
                          username,
                          personName,
                          phone,
                          email,
                          roleSet(roles),
                          organisationId,
                          null));
              issuedFor = created;
            });
    if (done) {
      PageMessages.info("admin_accounts.message.created", created);
      username = null;
      personName = null;
      phone = null;
      email = null;
      roles = new Role[0];
      organisationId = null;
    }
  }

  public void edit(AccountSummary row) {
    editing = row;
    editRoles = row.roles().toArray(Role[]::new);
    editOrganisationId = row.organisationId();
  }

  public void saveAssignment() {
    if (attempt(
        () ->
            accounts.changeAssignment(
                editing.id(), editing.version(), roleSet(editRoles), editOrganisationId))) {
      PageMessages.info("admin_accounts.message.saved", editing.username());
    }
  }

  public void disable(AccountSummary row) {
    act(row, r -> accounts.disableAccount(r.id(), r.version()), "admin_accounts.message.disabled");
  }

  public void enable(AccountSummary row) {
    act(row, r -> accounts.enableAccount(r.id(), r.version()), "admin_accounts.message.enabled");
  }

  public void unlock(AccountSummary row) {
    act(row, r -> accounts.unlockAccount(r.id(), r.version()), "admin_accounts.message.unlocked");
  }

  public void resetPassword(AccountSummary row) {
    act(
        row,
        r -> {
          issuedPassword = accounts.resetPassword(r.id(), r.version());
          issuedFor = r.username();
        },
        "admin_accounts.message.reset");
  }

  private void act(AccountSummary row, Consumer<AccountSummary> action, String doneKey) {
    if (attempt(() -> action.accept(row))) {
      PageMessages.info(doneKey, row.username());
    }
  }

  /** Runs a service call; shows its refusal and keeps the form as typed, or reloads the list. */
  private boolean attempt(Runnable call) {
    try {
      call.run();
      rows = accounts.listAccounts();
      return true;
    } catch (BusinessException refusal) {
      PageMessages.error(refusal);
    }
    return false;
  }

  public void clearIssuedPassword() {
    issuedPassword = null;
    issuedFor = null;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public List<AccountSummary> getRows() {
    return rows;
  }

  public List<OrganisationOption> getOrganisations() {
    return organisations;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPersonName() {
    return personName;
  }

  public void setPersonName(String personName) {
    this.personName = personName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  private static EnumSet<Role> roleSet(Role[] chosen) {
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    if (chosen != null) {
      set.addAll(Arrays.asList(chosen));
    }
    return set;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public AccountSummary getEditing() {
    return editing;
  }

  public Role[] getEditRoles() {
    return editRoles;
  }

  public void setEditRoles(Role[] editRoles) {
    this.editRoles = editRoles;
  }

  public Long getEditOrganisationId() {
    return editOrganisationId;
  }

  public void setEditOrganisationId(Long editOrganisationId) {
    this.editOrganisationId = editOrganisationId;
  }

  public String getIssuedPassword() {
    return issuedPassword;
  }

  public String getIssuedFor() {
    return issuedFor;
  }

  /** An organisation as the select menus show it: its jurisdiction, then its name. */
  public record OrganisationOption(long id, String label) implements Serializable {
    static OrganisationOption of(Organisation organisation) {
      return new OrganisationOption(
          organisation.getId(),
          organisation.getJurisdiction().getName() + " / " + organisation.getName());
    }
  }
}
