/**
 * <<<<<<< HEAD Cases and knowledge in the portal: the writers' and reviewers' pages under {@code
 * /cases/} and the handbook as a PDF. ======= Cases and knowledge in the portal: the public pages
 * (home, lists, an item at its readable address, search), the attachment and handbook PDF
 * addresses, and the handbook as a PDF. >>>>>>> main/head
 */
package org.cosqual.portal.cases;
