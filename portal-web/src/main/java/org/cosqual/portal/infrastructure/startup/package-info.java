/** Start-up: migrations, the first administrator or demo data, readiness and start-up timing. */
package org.cosqual.portal.infrastructure.startup;
