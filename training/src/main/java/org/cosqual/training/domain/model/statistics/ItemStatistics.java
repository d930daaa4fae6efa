package org.cosqual.training.domain.model.statistics;

import org.cosqual.training.domain.model.question.QuestionType;

/**
 * A question version that graded attempts of a campaign used, with its item analysis.
 *
 * @param versionNumber the version's number within its question
 * @param topic the topic's name
 * @param stem the stem as the candidates saw it
 * @param points what the question was worth on the papers (the most, should papers differ)
 */
public record ItemStatistics(
    long versionId,
    long questionId,
    int versionNumber,
    QuestionType type,
    String topic,
    String stem,
    int points,
    ItemAnalysis analysis) {}
