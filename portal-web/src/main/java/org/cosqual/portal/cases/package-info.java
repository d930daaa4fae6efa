/**
 * Cases and knowledge in the portal: the writers' and reviewers' pages under {@code /cases/} and
 * the handbook as a PDF.
 */
package org.cosqual.portal.cases;
