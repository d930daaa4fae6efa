/** Mail on this installation: the SMTP server from the configuration, and the texts of mail. */
package org.cosqual.portal.infrastructure.mail;
