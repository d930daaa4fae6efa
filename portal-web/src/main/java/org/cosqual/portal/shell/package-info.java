/**
 * The shell around every page: layout bean, menu areas, language, messages and the root redirect.
 */
package org.cosqual.portal.shell;
