/** What the role dashboards share: the panel of organisations in the user's scope. */
package org.cosqual.portal.dashboard;
