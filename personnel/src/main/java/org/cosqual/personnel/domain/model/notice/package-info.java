/** In-app notices: short messages the portal leaves for a person, read when they sign in. */
package org.cosqual.personnel.domain.model.notice;
