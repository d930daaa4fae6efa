package org.cosqual.personnel.application;

import java.util.Set;
import org.cosqual.personnel.domain.model.account.Role;

/**
 * The form for a new account and the person it belongs to. Without a password a one-time password
 * is issued, to be changed at the first sign-in. The entities check each field.
 */
public record NewAccount(
    String username,
    String personName,
    String phone,
    String email,
    Set<Role> roles,
    Long organisationId,
    char[] password) {}
