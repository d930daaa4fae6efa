/** The append-only, hash-chained audit trail and its verifier. */
package org.cosqual.personnel.domain.model.audit;
