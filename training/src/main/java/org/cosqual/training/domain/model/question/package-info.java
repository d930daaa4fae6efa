/**
 * The question bank: questions of five types with their topic, difficulty and key positions, and
 * their versions, whose content is what a candidate sees and what an answer is graded against.
 */
package org.cosqual.training.domain.model.question;
