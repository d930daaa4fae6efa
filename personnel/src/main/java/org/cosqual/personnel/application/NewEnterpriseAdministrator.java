package org.cosqual.personnel.application;

/**
 * The person a regulator opens an enterprise administrator account for; the role and organisation
 * follow from the enterprise, the password is a one-time one.
 */
public record NewEnterpriseAdministrator(
    String username, String personName, String phone, String email) {}
