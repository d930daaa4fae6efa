/**
 * Cases and knowledge in the portal: the writers' and reviewers' pages under {@code /cases/}, the
 * public pages (home, lists, an item at its readable address, search), the attachment and handbook
 * PDF addresses, and the handbook as a PDF.
 */
package org.cosqual.portal.cases;
