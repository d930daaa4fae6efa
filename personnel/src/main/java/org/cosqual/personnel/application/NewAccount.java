package org.cosqual.personnel.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.cosqual.personnel.domain.model.account.Account;
import org.cosqual.personnel.domain.model.account.Role;
import org.cosqual.personnel.domain.model.person.Person;

/**
 * The form for a new account and the person it belongs to. Without a password a one-time password
 * is issued, to be changed at the first sign-in.
 */
public record NewAccount(
    @NotBlank @Size(max = Account.USERNAME_MAX) String username,
    @NotBlank @Size(max = Person.NAME_MAX) String personName,
    @Size(max = Person.PHONE_MAX) String phone,
    @Size(max = Person.EMAIL_MAX) String email,
    @NotEmpty Set<Role> roles,
    Long organisationId,
    char[] password) {}
