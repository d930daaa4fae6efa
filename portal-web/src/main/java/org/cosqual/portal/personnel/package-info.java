/** Backing beans of the enterprise and key-staff archive pages under /personnel. */
package org.cosqual.portal.personnel;
