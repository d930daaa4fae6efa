/** The enterprise and staff archive views (/personnel/): backing beans, one per view. */
package org.cosqual.portal.personnel;
