/**
 * Assessments: campaigns with their paper rule, the people enrolled in them, and their attempts,
 * which keep the question versions drawn for them, every answer as it was saved, and a log.
 */
package org.cosqual.training.domain.model.assessment;
