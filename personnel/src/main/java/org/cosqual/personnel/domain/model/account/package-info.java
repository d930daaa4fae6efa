/** Accounts, roles and permissions, and the rules for passwords and sign-in lock-out. */
package org.cosqual.personnel.domain.model.account;
