package org.cosqual.training.domain.model.assessment;

/** A question put on a candidate's paper, and what it is worth there. */
public record PaperItem(long questionId, int points) {}
