/** Where uploaded files are kept on this installation, read from the configuration. */
package org.cosqual.portal.infrastructure.files;
