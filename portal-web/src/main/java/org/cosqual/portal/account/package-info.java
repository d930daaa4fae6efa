/** The signed-in user's own account: changing the password. */
package org.cosqual.portal.account;
