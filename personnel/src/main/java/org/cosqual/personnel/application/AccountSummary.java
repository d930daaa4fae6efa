package org.cosqual.personnel.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.cosqual.personnel.domain.model.account.Role;

/** A row of the account administration list. */
public record AccountSummary(
    long id,
    String username,
    String personName,
    Set<Role> roles,
    Long organisationId,
    String organisationName,
    boolean enabled,
    boolean locked,
    boolean mustChangePassword,
    Instant lastSignIn,
    long version)
    implements Serializable {}
