/**
 * Documents the portal issues (transcripts, certificates) and the codes anyone can verify them by.
 */
package org.cosqual.personnel.domain.model.document;
