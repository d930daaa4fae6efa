/**
 * Running CosQual outside an application server: the local launcher ({@link
 * org.cosqual.deploy.LocalPortal}) that starts the Payara Micro uber-jar with an embedded MariaDB
 * when no database is configured.
 */
package org.cosqual.deploy;
