/** Backing beans of the key-staff member's own pages under /staff. */
package org.cosqual.portal.staff;
