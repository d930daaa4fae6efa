package org.cosqual.training.application;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionFilter;
import org.cosqual.training.domain.model.question.QuestionTopic;
import org.cosqual.training.domain.model.question.QuestionVersion;

/**
 * The province's question bank, managed by regulator administrators: search, create, revise (a new
 * version once an attempt used the current one), retire and reinstate, import and export as xlsx.
 * Every change is audited with who made it.
 */
public interface QuestionBankService {

  List<QuestionTopic> findTopics();

  /** The questions a filter selects, newest first, one page. */
  List<Question> findQuestions(QuestionFilter filter, int first, int max);

  long countQuestions(QuestionFilter filter);

  /**
   * @throws org.cosqual.personnel.domain.shared.NotFoundException for an unknown id
   */
  Question getQuestion(long questionId);

  Question createQuestion(QuestionDraft draft);

  /**
   * Refused when the form's version is stale; makes a new version when the current one was used.
   */
  Question reviseQuestion(long questionId, long version, QuestionDraft draft);

  Question retireQuestion(long questionId, long version);

  Question reinstateQuestion(long questionId, long version);

  /**
   * What the exam engine calls when it puts a question on a candidate's paper: the current version,
   * which revisions no longer change.
   */
  QuestionVersion useQuestion(long questionId);

  /** The questions a filter selects as a {@link QuestionSheet}, with the labels of its template. */
  void exportQuestions(QuestionFilter filter, Function<String, String> labels, OutputStream out);

  /**
   * The sheet questions are imported and exported with, for the province's topics and positions.
   */
  QuestionSheet sheet();

  /**
   * Imports a {@link QuestionSheet}: every row is checked and the valid ones created; a row whose
   * type and stem are already in the bank is left unchanged, so a file imported twice changes
   * nothing.
   *
   * @param labels the header texts by column key, as in the template
   */
  ImportReport importQuestions(InputStream xlsx, Function<String, String> labels);
}
