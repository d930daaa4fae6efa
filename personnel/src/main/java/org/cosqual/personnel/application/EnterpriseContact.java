package org.cosqual.personnel.application;

/**
 * The contact details an enterprise keeps itself: address, telephone, and its contact person's
 * name, telephone and e-mail. Blank fields are cleared.
 */
public record EnterpriseContact(
    String address, String phone, String contactName, String contactPhone, String contactEmail) {}
