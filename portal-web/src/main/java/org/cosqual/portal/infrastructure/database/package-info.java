/** The connection pool and where its settings come from. */
package org.cosqual.portal.infrastructure.database;
