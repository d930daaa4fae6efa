/** The web tier's root views: the sign-in page and the root page that routes to a dashboard. */
package org.cosqual.portal;
