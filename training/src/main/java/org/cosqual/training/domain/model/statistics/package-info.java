/**
 * Campaign statistics: participation and pass rates of a group of enrolled people, the item
 * analysis of the questions the graded attempts used, and the people who have not taken the
 * assessment yet, as the database aggregates them.
 */
package org.cosqual.training.domain.model.statistics;
