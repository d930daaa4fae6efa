package org.cosqual.training.domain.model.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.testing.ArchiveSamples;
import org.cosqual.personnel.testing.TestEntities;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionContent;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionOption;
import org.cosqual.training.domain.model.question.QuestionType;
import org.cosqual.training.domain.model.question.QuestionVersion;
import org.cosqual.training.domain.model.question.Questions;

/**
 * A bank held in memory, and campaigns, enrolments and attempts made from it, for the tests. Its
 * questions get ids from 1 in the order they are added.
 */
final class Exams implements QuestionPool {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** 10:00 in the province on 2 March 2026, inside every campaign window made here. */
  static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

  static final KeyPosition QSO = KeyPosition.QUALITY_SAFETY_OFFICER;

  private final Map<Long, Question> questions = new HashMap<>();

  /** Adds a question of the GMP topic for quality safety officers only. */
  Question add(QuestionType type, int difficulty, QuestionContent content) {
    return add(type, difficulty, Set.of(QSO), content);
  }

  Question add(QuestionType type, int difficulty, Set<KeyPosition> positions, QuestionContent c) {
    QuestionDraft draft = new QuestionDraft(type, "GMP", difficulty, false, positions, c);
    Question question = Question.create(draft, Questions.GMP, "provadmin", Questions.AT);
    TestEntities.withId(question, questions.size() + 1L);
    questions.put(question.getId(), question);
    return question;
  }

  /** Adds so many single-choice questions of a difficulty, the first option correct. */
  List<Question> addSingles(int count, int difficulty) {
    List<Question> added = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      added.add(add(QuestionType.SINGLE_CHOICE, difficulty, single("Q" + questions.size())));
    }
    return added;
  }

  static QuestionContent single(String stem) {
    return new QuestionContent(
        stem,
        List.of(
            new QuestionOption("right", true),
            new QuestionOption("wrong", false),
            new QuestionOption("also wrong", false)),
        null,
        List.of(),
        "Because.");
  }

  Question question(long id) {
    return questions.get(id);
  }

  /** The version a paper uses, as the bank's service hands it out. */
  QuestionVersion use(long id) {
    return questions.get(id).markUsed();
  }

  @Override
  public List<Long> idsOf(String topicCode, int difficulty, QuestionType type, KeyPosition pos) {
    return questions.values().stream()
        .filter(q -> q.isActive() && q.getTopic().getCode().equals(topicCode))
        .filter(
            q ->
                q.getDifficulty() == difficulty
                    && q.getType() == type
                    && (pos == null || q.appliesTo(pos)))
        .map(Question::getId)
        .sorted()
        .toList();
  }

  @Override
  public boolean isActive(long questionId) {
    Question question = questions.get(questionId);
    return question != null && question.isActive();
  }

  static CampaignTerms terms(int passMark, int attempts) {
    return new CampaignTerms(
        "2026 annual assessment",
        2026,
        Set.of(QSO),
        30,
        LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 31),
        passMark,
        attempts,
        true);
  }

  static Campaign openCampaign(PaperRule rule, int passMark, int attempts) {
    Campaign campaign =
        Campaign.define(terms(passMark, attempts), rule, "/1/", "provadmin", Questions.AT);
    TestEntities.withId(campaign, 1);
    campaign.open("provadmin", Questions.AT, LocalDate.of(2026, 3, 1));
    return campaign;
  }

  static Enrolment enrol(Campaign campaign, long personId) {
    Person person = TestEntities.withId(new Person("Wang " + personId, null, null), personId);
    Enterprise enterprise = ArchiveSamples.enterprise(7, "Saishang Herbs", null);
    return TestEntities.withId(new Enrolment(campaign, person, enterprise, QSO, NOW), personId);
  }

  Attempt begin(Enrolment enrolment, long seed, Instant at) {
    return Attempt.begin(enrolment, seed, at, ZONE, this, this::use);
  }
}
