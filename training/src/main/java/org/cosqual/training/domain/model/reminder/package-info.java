/**
 * The monthly training reminders: which month's round is due, and the record of every reminder
 * sent, so that none is sent twice.
 */
package org.cosqual.training.domain.model.reminder;
