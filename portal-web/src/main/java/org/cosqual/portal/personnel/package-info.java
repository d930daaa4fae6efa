/** Backing beans of the enterprises and staff archive pages ({@code /personnel/}). */
package org.cosqual.portal.personnel;
