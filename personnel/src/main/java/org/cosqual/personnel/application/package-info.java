/**
 * What users do with people, organisations, accounts and the audit trail: the service interfaces.
 */
package org.cosqual.personnel.application;
