/** Apache Shiro integration: the realm, URL filters, password hashing and the Caller producer. */
package org.cosqual.portal.security;
