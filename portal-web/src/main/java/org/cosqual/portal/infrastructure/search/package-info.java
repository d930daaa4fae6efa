/** Where the full-text index lives, and its rebuild at start-up when it is missing. */
package org.cosqual.portal.infrastructure.search;
