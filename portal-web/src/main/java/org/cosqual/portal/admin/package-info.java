/** The system administrator's views: dashboard and account administration. */
package org.cosqual.portal.admin;
