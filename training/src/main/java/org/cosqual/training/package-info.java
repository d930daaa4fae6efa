/**
 * Courses, sessions, the hour ledger and the yearly requirement, the question bank, assessments and
 * certificates. Depends on personnel only; its tables come with its first aggregate.
 */
package org.cosqual.training;
