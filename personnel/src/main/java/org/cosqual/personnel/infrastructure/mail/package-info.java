/** Mail through an SMTP server with Jakarta Mail. */
package org.cosqual.personnel.infrastructure.mail;
