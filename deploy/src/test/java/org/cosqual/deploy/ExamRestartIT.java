package org.cosqual.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cosqual.deploy.ExamCandidate.ExamPage;
import org.cosqual.deploy.ExamCandidate.Question;
import org.cosqual.deploy.ExamCandidate.Saved;
import org.junit.jupiter.api.Test;

/**
 * The portal is killed (SIGKILL) while the demo candidate is half-way through her exam, and started
 * again on the same database and data directory: signed in again, she finds the same paper, every
 * answer saved before the kill shown as saved and stored, and no more time than before.
 */
class ExamRestartIT {

  static final String PASSWORD = "CosQual@2026";

  @Test
  void anAttemptSurvivesAKilledServerWithEveryAnswerSaved() throws Exception {
    try (DemoPortal portal = DemoPortal.start("restart")) {
      HttpClient http = ExamCandidate.client(null);
      ExamCandidate qso = new ExamCandidate(http, portal.base(), "qso");
      qso.signIn(PASSWORD).join();
      ExamPage before = qso.start().join();
      assertTrue(
          before.questions().size() >= 4, "a paper of a few questions: " + before.questions());

      Map<Integer, List<String>> given = new LinkedHashMap<>();
      for (int i = 0; i < before.questions().size(); i += 2) {
        List<String> answer = anAnswer(before.questions().get(i));
        Saved saved = qso.answer(i, answer).join();
        assertTrue(
            saved.saved(),
            "answer " + answer + " to question " + (i + 1) + " not saved: " + saved.refusal());
        given.put(i, answer);
      }
      assertEquals(
          given.size(), answeredInDatabase(portal, before.attempt()), "stored before the kill");

      portal.kill();
      portal.startAgain();

      ExamCandidate again = new ExamCandidate(http, portal.base(), "qso");
      again.signIn(PASSWORD).join();
      ExamPage after = again.open(before.attempt()).join();

      assertEquals(
          numbersAndTypes(before), numbersAndTypes(after), "the same questions after the restart");
      List<String> missing = new ArrayList<>();
      for (Question question : after.questions()) {
        List<String> expected = given.getOrDefault(question.index(), List.of());
        if (!expected.equals(question.shown())
            || question.savedMark() != given.containsKey(question.index())) {
          missing.add(
              "question "
                  + question.number()
                  + " ("
                  + question.type()
                  + "): answered "
                  + expected
                  + " before the kill, shown "
                  + question.shown()
                  + (question.savedMark() ? " with" : " without")
                  + " the saved mark");
        }
      }
      if (!missing.isEmpty()) {
        fail("after the restart, log " + portal.log() + ":\n" + String.join("\n", missing));
      }
      assertEquals(
          given.size(), answeredInDatabase(portal, before.attempt()), "stored after the restart");
      assertTrue(
          after.remainingSeconds() <= before.remainingSeconds(),
          "time gained by the restart: "
              + before.remainingSeconds()
              + " s then "
              + after.remainingSeconds()
              + " s");
    }
  }

  /**
   * A valid answer in the page's terms: the first option (the first two of a multiple choice), or a
   * text.
   */
  static List<String> anAnswer(Question question) {
    return switch (question.type()) {
      case "MULTIPLE_CHOICE" ->
          question.options().subList(0, Math.min(2, question.options().size()));
      case "SINGLE_CHOICE", "TRUE_FALSE" -> List.of(question.options().get(0));
      default -> List.of("答案 " + question.number());
    };
  }

  private static List<String> numbersAndTypes(ExamPage page) {
    return page.questions().stream()
        .map(q -> q.number() + " " + q.type() + " " + q.options())
        .toList();
  }

  static long answeredInDatabase(DemoPortal portal, long attempt) throws Exception {
    try (Connection c = DemoPortal.SERVER.connect(portal.schema());
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM attempt_item WHERE attempt_id = ? AND answered_at IS NOT NULL"
                    + " AND (answer_choices IS NOT NULL OR answer_truth IS NOT NULL"
                    + " OR answer_text IS NOT NULL)")) {
      s.setLong(1, attempt);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
