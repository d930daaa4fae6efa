/** Scheduled jobs: non-persistent timers whose work records itself in the database. */
package org.cosqual.portal.infrastructure.jobs;
