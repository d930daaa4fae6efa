package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.KeyPositionService;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.application.spreadsheet.SheetContent;
import org.cosqual.personnel.application.spreadsheet.SheetRow;
import org.cosqual.personnel.application.spreadsheet.Spreadsheets;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.training.application.QuestionBankService;
import org.cosqual.training.application.QuestionSheet;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionFilter;
import org.cosqual.training.domain.model.question.QuestionRepository;
import org.cosqual.training.domain.model.question.QuestionTopic;
import org.cosqual.training.domain.model.question.QuestionVersion;

/**
 * The bank is the province's: any regulator administrator manages every question. An import checks
 * and creates row by row in one transaction; a refused row is reported and costs no other.
 */
@ApplicationScoped
@Transactional
public class DefaultQuestionBankService implements QuestionBankService {

  private static final int EXPORT_PAGE = 500;

  @Inject QuestionRepository questions;
  @Inject KeyPositionService positions;
  @Inject Spreadsheets spreadsheets;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public List<QuestionTopic> findTopics() {
    return questions.findTopics();
  }

  @Override
  public List<Question> findQuestions(QuestionFilter filter, int first, int max) {
    caller.require(Permission.REGULATION_MANAGE);
    return questions.findAll(filter, first, max);
  }

  @Override
  public long countQuestions(QuestionFilter filter) {
    caller.require(Permission.REGULATION_MANAGE);
    return questions.count(filter);
  }

  @Override
  public Question getQuestion(long questionId) {
    caller.require(Permission.REGULATION_MANAGE);
    return questions.find(questionId).orElseThrow(() -> notFound(questionId));
  }

  @Override
  public Question createQuestion(QuestionDraft draft) {
    caller.require(Permission.REGULATION_MANAGE);
    Question question =
        questions.store(Question.create(draft, topic(draft), caller.name(), clock.instant()));
    record(AuditAction.QUESTION_CREATED, question);
    return question;
  }

  @Override
  public Question reviseQuestion(long questionId, long version, QuestionDraft draft) {
    Question question = locked(questionId, version);
    question.revise(draft, topic(draft), caller.name(), clock.instant());
    questions.store(question);
    record(AuditAction.QUESTION_REVISED, question);
    return question;
  }

  @Override
  public Question retireQuestion(long questionId, long version) {
    return changeStatus(questionId, version, Question::retire, AuditAction.QUESTION_RETIRED);
  }

  @Override
  public Question reinstateQuestion(long questionId, long version) {
    return changeStatus(questionId, version, Question::reinstate, AuditAction.QUESTION_REINSTATED);
  }

  private Question changeStatus(
      long questionId, long version, Consumer<Question> change, AuditAction action) {
    Question question = locked(questionId, version);
    change.accept(question);
    record(action, question);
    return questions.store(question);
  }

  @Override
  public QuestionVersion useQuestion(long questionId) {
    // Most papers use versions already used: only a first use takes the question's row lock.
    Question question = questions.find(questionId).orElseThrow(() -> notFound(questionId));
    if (question.current().isUsed()) {
      return question.current();
    }
    return questions.findForUpdate(questionId).orElseThrow(() -> notFound(questionId)).markUsed();
  }

  @Override
  public void exportQuestions(
      QuestionFilter filter, Function<String, String> labels, OutputStream out) {
    caller.require(Permission.REGULATION_MANAGE);
    QuestionSheet sheet = sheet();
    Function<String, String> sheetLabels = sheet.labels(labels);
    Iterable<List<?>> rows =
        () ->
            Stream.iterate(0, first -> first + EXPORT_PAGE)
                .map(first -> questions.findAll(filter, first, EXPORT_PAGE))
                .takeWhile(page -> !page.isEmpty())
                .flatMap(List::stream)
                .<List<?>>map(q -> QuestionSheet.row(q, sheetLabels))
                .iterator();
    spreadsheets.writeList(sheet.layout(), sheetLabels, rows, out);
  }

  @Override
  public ImportReport importQuestions(InputStream xlsx, Function<String, String> labels) {
    caller.require(Permission.REGULATION_MANAGE);
    QuestionSheet sheet = sheet();
    Function<String, String> sheetLabels = sheet.labels(labels);
    SheetContent content = spreadsheets.read(xlsx, sheet.layout(), sheetLabels);
    List<RowError> errors = new ArrayList<>(content.errors());
    Set<String> seen = new HashSet<>();
    int created = 0;
    int unchanged = 0;
    for (SheetRow row : content.rows()) {
      QuestionDraft draft =
          RowError.attempt(
              errors, row.number(), QuestionSheet.ANSWER, () -> sheet.draft(row, sheetLabels));
      if (draft == null) {
        continue;
      }
      String stem = draft.content().stem().strip();
      if (!seen.add(draft.type() + " " + stem)) {
        errors.add(RowError.of(row.number(), QuestionSheet.STEM, "error.question.duplicateRow"));
      } else if (questions.existsWithStem(draft.type(), stem)) {
        unchanged++;
      } else {
        Question question =
            RowError.attempt(
                errors,
                row.number(),
                null,
                () -> Question.create(draft, topic(draft), caller.name(), clock.instant()));
        if (question != null) {
          questions.store(question);
          record(AuditAction.QUESTION_CREATED, question);
          created++;
        }
      }
    }
    return new ImportReport(created, unchanged, errors);
  }

  @Override
  public QuestionSheet sheet() {
    return new QuestionSheet(questions.findTopics(), positions.findAll());
  }

  private QuestionTopic topic(QuestionDraft draft) {
    if (draft.topicCode() == null) {
      throw new BusinessException("error.field.required", "training_question.topic");
    }
    return questions
        .findTopic(draft.topicCode())
        .orElseThrow(() -> new BusinessException("error.question.unknownTopic", draft.topicCode()));
  }

  private Question locked(long questionId, long version) {
    caller.require(Permission.REGULATION_MANAGE);
    Question question = questions.findForUpdate(questionId).orElseThrow(() -> notFound(questionId));
    StaleVersionException.check("Question", questionId, version, question.getVersion());
    return question;
  }

  private static NotFoundException notFound(long questionId) {
    return new NotFoundException("Question", questionId);
  }

  private void record(AuditAction action, Question question) {
    audit.append(
        new AuditRecord(
            caller.name(),
            action,
            "question:" + question.getId() + "/v" + question.getCurrentNumber(),
            question.getCurrentStem(),
            caller.remoteAddress()));
  }
}
