/**
 * Backing beans of the key-staff member's own pages under /staff: the archive, the assessments and
 * the exam itself.
 */
package org.cosqual.portal.staff;
