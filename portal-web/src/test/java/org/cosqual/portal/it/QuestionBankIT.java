package org.cosqual.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.cosqual.personnel.application.spreadsheet.ImportReport;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.application.spreadsheet.Spreadsheets;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.shared.AccessDeniedException;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.portal.shell.SheetLabels;
import org.cosqual.training.application.QuestionBankService;
import org.cosqual.training.application.QuestionSheet;
import org.cosqual.training.domain.model.question.Answer;
import org.cosqual.training.domain.model.question.Grade;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionContent;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionFilter;
import org.cosqual.training.domain.model.question.QuestionOption;
import org.cosqual.training.domain.model.question.QuestionStatus;
import org.cosqual.training.domain.model.question.QuestionType;
import org.cosqual.training.domain.model.question.QuestionVersion;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The question bank on real MariaDB: regulator administrators create, find, revise (a new version
 * once used), retire, export and import questions; a regulator without the role is refused.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionBankIT {

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cosqual.war")));
    return InContainer.openToArquillian(war)
        .addClasses(Acting.class, QuestionBankIT.class, InContainer.class);
  }

  @Inject Acting acting;
  @Inject QuestionBankService bank;
  @Inject Spreadsheets spreadsheets;

  @Test
  void createSearchReviseAfterUseAndRetire() {
    acting.as("provadmin");
    String tag = "IT" + UUID.randomUUID().toString().substring(0, 8);
    QuestionDraft noCorrect = single(tag + " 100% stem", false, false);
    assertEquals(
        "error.question.singleCorrect",
        assertThrows(BusinessException.class, () -> bank.createQuestion(noCorrect))
            .getMessageKey());
    Question question = bank.createQuestion(single(tag + " 100% stem", false, true));
    bank.createQuestion(single(tag + " other", true, false));

    assertEquals(2, bank.countQuestions(filter(tag, null)));
    assertEquals(1, bank.countQuestions(filter(tag + " 100%", null)));
    assertEquals(0, bank.countQuestions(filter(tag + "_100", null)), "wildcards are literal");
    QuestionFilter forLab =
        new QuestionFilter(tag, null, "GMP", 3, KeyPosition.LAB_MANAGER.code(), null);
    assertEquals(0, bank.countQuestions(forLab));
    assertEquals(
        question.getId(), bank.findQuestions(filter(tag + " 100%", null), 0, 10).get(0).getId());

    Question inPlace =
        bank.reviseQuestion(
            question.getId(), question.getVersion(), single(tag + " 100% revised", true, false));
    assertEquals(1, inPlace.getCurrentNumber());
    assertThrows(
        StaleVersionException.class,
        () ->
            bank.reviseQuestion(question.getId(), question.getVersion(), single(tag, true, false)));

    QuestionVersion seen = bank.useQuestion(question.getId());
    Question used = bank.getQuestion(question.getId());
    Question revised =
        bank.reviseQuestion(
            used.getId(), used.getVersion(), single(tag + " 100% third", false, true));
    assertEquals(2, revised.getCurrentNumber());
    QuestionVersion first = bank.getQuestion(question.getId()).getVersions().get(0);
    assertEquals(seen.getId(), first.getId());
    assertEquals(tag + " 100% revised", first.getStem(), "the used version keeps what was seen");
    assertEquals(Grade.CORRECT, first.grade(Answer.choice(0)));
    assertEquals(
        Grade.CORRECT, bank.getQuestion(question.getId()).current().grade(Answer.choice(1)));

    bank.retireQuestion(revised.getId(), revised.getVersion());
    assertEquals(1, bank.countQuestions(filter(tag, QuestionStatus.ACTIVE)));

    acting.as("inspector");
    assertThrows(AccessDeniedException.class, () -> bank.countQuestions(QuestionFilter.ALL));
    assertThrows(
        AccessDeniedException.class, () -> bank.createQuestion(single(tag + " x", true, false)));
  }

  @Test
  void importReportsBadRowsAndASecondImportChangesNothing() throws Exception {
    acting.as("provadmin");
    String tag = "IMP" + UUID.randomUUID().toString().substring(0, 8);
    List<List<?>> rows =
        List.of(
            row(QuestionType.SINGLE_CHOICE, tag + " single", "B", "x", "y"),
            row(QuestionType.MULTIPLE_CHOICE, tag + " multiple", "A,C", "x", "y", "z"),
            row(QuestionType.TRUE_FALSE, tag + " truth", "对"),
            row(QuestionType.FILL_IN, tag + " blank", "two"),
            row(QuestionType.SINGLE_CHOICE, tag + " bad letter", "C", "x", "y"),
            row(QuestionType.MULTIPLE_CHOICE, tag + " one correct", "A", "x", "y"),
            row(QuestionType.SINGLE_CHOICE, tag + " single", "B", "x", "y"));
    byte[] file = sheet(rows);
    ImportReport first =
        bank.importQuestions(new ByteArrayInputStream(file), SheetLabels.chinese());
    assertEquals(4, first.created(), first.errors().toString());
    assertEquals(
        List.of(
            "error.question.answerLetters",
            "error.question.multipleCorrect",
            "error.question.duplicateRow"),
        first.errors().stream().map(RowError::messageKey).toList());
    assertEquals(List.of(6, 7, 8), first.errors().stream().map(RowError::row).toList());

    ImportReport again =
        bank.importQuestions(new ByteArrayInputStream(file), SheetLabels.chinese());
    assertEquals(0, again.created());
    assertEquals(4, again.unchanged());

    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    bank.exportQuestions(filter(tag, null), SheetLabels.chinese(), exported);
    ImportReport roundTrip =
        bank.importQuestions(
            new ByteArrayInputStream(exported.toByteArray()), SheetLabels.chinese());
    assertEquals(0, roundTrip.created());
    assertEquals(4, roundTrip.unchanged(), roundTrip.errors().toString());
    assertTrue(roundTrip.errors().isEmpty());
  }

  private byte[] sheet(List<List<?>> rows) {
    QuestionSheet sheet = bank.sheet();
    Function<String, String> labels = sheet.labels(SheetLabels.chinese());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    spreadsheets.writeList(sheet.layout(), labels, rows, out);
    return out.toByteArray();
  }

  private static List<?> row(QuestionType type, String stem, String answer, String... options) {
    Object[] cells = new Object[15];
    cells[0] = type;
    cells[1] = "QuestionTopic.GMP";
    cells[2] = 2;
    cells[3] = List.of(QuestionSheet.ALL_POSITIONS);
    cells[4] = stem;
    System.arraycopy(options, 0, cells, 5, options.length);
    cells[11] = answer;
    return Arrays.asList(cells);
  }

  private static QuestionFilter filter(String text, QuestionStatus status) {
    return new QuestionFilter(text, null, null, null, null, status);
  }

  private static QuestionDraft single(String stem, boolean firstCorrect, boolean secondCorrect) {
    return new QuestionDraft(
        QuestionType.SINGLE_CHOICE,
        "GMP",
        3,
        false,
        Set.of(KeyPosition.QUALITY_SAFETY_OFFICER),
        new QuestionContent(
            stem,
            List.of(
                new QuestionOption("Yes", firstCorrect), new QuestionOption("No", secondCorrect)),
            null,
            List.of(),
            "Why."));
  }
}
