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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * What lets one person sign in: one account per person, with roles, an organisation, and the
 * lock-out state of the sign-in rule (5 wrong passwords within any 15 minutes lock it for 15
 * minutes).
 */
@Entity
@Table(name = "account")
@NamedQuery(
    name = "Account.findByUsername",
    query = "select a from Account a where a.username = :username")
@NamedQuery(
    name = "Account.findAll",
    query =
        "select a from Account a join fetch a.person left join fetch a.organisation"
            + " order by a.username")
@NamedQuery(
    name = "Account.findByPerson",
    query = "select a from Account a where a.person.id = :personId")
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

  /** Times (epoch milliseconds, comma-separated) of the wrong passwords still inside the window. */
  @Column(name = "recent_failures", length = 100)
  private String recentFailures;

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
   * Counts a wrong password. Returns true when this failure locks the account: when it is the fifth
   * within the 15 minutes up to now (a sliding window).
   */
  public boolean recordFailedSignIn(Instant now) {
    Instant windowStart = now.minus(FAILURE_WINDOW);
    List<Instant> recent = new ArrayList<>();
    for (Instant failure : failureTimes()) {
      if (failure.isAfter(windowStart)) {
        recent.add(failure);
      }
    }
    recent.add(now);
    if (recent.size() >= MAX_FAILURES) {
      lockedUntil = now.plus(LOCK_DURATION);
      clearFailures();
      return true;
    }
    recentFailures =
        recent.stream().map(t -> Long.toString(t.toEpochMilli())).collect(Collectors.joining(","));
    return false;
  }

  private List<Instant> failureTimes() {
    if (recentFailures == null || recentFailures.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(recentFailures.split(","))
        .map(millis -> Instant.ofEpochMilli(Long.parseLong(millis)))
        .toList();
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
    recentFailures = null;
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

  /** How many wrong passwords are still counted towards the lock. */
  public int getFailedSignIns() {
    return failureTimes().size();
  }

  public String getRecentFailures() {
    return recentFailures;
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
