package org.cosqual.personnel.domain.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * What lets one person sign in: one account per person, with roles, an organisation, and the
 * lock-out state of the sign-in rule (5 wrong passwords within 15 minutes lock it for 15 minutes).
 */
@Entity
@Table(name = "account")
@NamedQuery(
    name = "Account.findByUsername",
    query = "select a from Account a where a.username = :username")
@NamedQuery(
    name = "Account.findAll",
    query = "select a from Account a join fetch a.person order by a.username")
@NamedQuery(name = "Account.count", query = "select count(a) from Account a")
public class Account {

  public static final int MAX_FAILURES = 5;
  public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
  public static final int USERNAME_MAX = 32;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = USERNAME_MAX)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id", nullable = false, unique = true)
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 32)
  private Set<Role> roles = new HashSet<>();

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "failure_window_start")
  private Instant failureWindowStart;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_sign_in")
  private Instant lastSignIn;

  @Version private long version;

  protected Account() {}

  public Account(
      String username,
      String passwordHash,
      Person person,
      Organisation organisation,
      Set<Role> roles) {
    this.username = checkUsername(username);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.person = Objects.requireNonNull(person);
    assign(roles, organisation);
  }

  /**
   * Whether a typed user name has the form of one (so it can be recorded without a risk that it is
   * a password).
   */
  public static boolean isWellFormed(String normalisedUsername) {
    return USERNAME.matcher(normalisedUsername).matches();
  }

  /** Normalises a user name (trimmed, lower case) or refuses it. */
  public static String checkUsername(String username) {
    String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(normalised).matches()) {
      throw new BusinessException("error.account.username", 3, USERNAME_MAX);
    }
    return normalised;
  }

  public void assign(Set<Role> newRoles, Organisation newOrganisation) {
    Set<Role> checked = RoleAssignment.check(newRoles, newOrganisation);
    roles.clear();
    roles.addAll(checked);
    organisation = newOrganisation;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a wrong password. Returns true when this failure locks the account. The window opens at
   * the first failure and closes 15 minutes later; a failure after that opens a new one.
   */
  public boolean recordFailedSignIn(Instant now) {
    if (failureWindowStart == null || !now.isBefore(failureWindowStart.plus(FAILURE_WINDOW))) {
      failureWindowStart = now;
      failedSignIns = 0;
    }
    failedSignIns++;
    if (failedSignIns >= MAX_FAILURES) {
      lockedUntil = now.plus(LOCK_DURATION);
      clearFailures();
      return true;
    }
    return false;
  }

  public void recordSignIn(Instant now) {
    lastSignIn = now;
    lockedUntil = null;
    clearFailures();
  }

  public void unlock() {
    lockedUntil = null;
    clearFailures();
  }

  private void clearFailures() {
    failedSignIns = 0;
    failureWindowStart = null;
  }

  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
  }

  /** A password set by an administrator, to be replaced by its holder at the next sign-in. */
  public void resetPassword(String temporaryHash) {
    passwordHash = Objects.requireNonNull(temporaryHash);
    mustChangePassword = true;
  }

  public void changePassword(String newHash) {
    passwordHash = Objects.requireNonNull(newHash);
    mustChangePassword = false;
  }

  public Set<Permission> permissions() {
    Set<Permission> all = EnumSet.noneOf(Permission.class);
    roles.forEach(role -> all.addAll(role.permissions()));
    return all;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Person getPerson() {
    return person;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public Set<Role> getRoles() {
    return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public int getFailedSignIns() {
    return failedSignIns;
  }

  public Instant getFailureWindowStart() {
    return failureWindowStart;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastSignIn() {
    return lastSignIn;
  }

  public long getVersion() {
    return version;
  }
}
