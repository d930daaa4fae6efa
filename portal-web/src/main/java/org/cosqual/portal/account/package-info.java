/** The signed-in user's own account: changing the password, reading their notices. */
package org.cosqual.portal.account;
