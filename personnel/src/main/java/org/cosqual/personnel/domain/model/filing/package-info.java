/**
 * Filings (备案) of key-position appointments, changes and departures: what an enterprise submits,
 * every revision of it, and its review. The archive changes only when a filing is approved.
 */
package org.cosqual.personnel.domain.model.filing;
