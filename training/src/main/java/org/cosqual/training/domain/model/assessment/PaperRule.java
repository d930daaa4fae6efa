package org.cosqual.training.domain.model.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.training.domain.model.question.Question;

/**
 * How a candidate's paper is made: a fixed list of questions, or quotas drawn at random, each cell
 * (topic, difficulty, type) once, so every drawn paper has the same number of questions of each
 * kind and the same total. Papers are made from a seeded random, so an attempt's paper can be made
 * again from its seed.
 */
@Entity
@Table(name = "paper_rule")
public class PaperRule {

  public static final int MAX_QUESTIONS = 200;
  public static final int MAX_POINTS = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PaperKind kind;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "paper_rule_quota", joinColumns = @JoinColumn(name = "rule_id"))
  @OrderColumn(name = "position")
  private List<Quota> quotas = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "paper_rule_question", joinColumns = @JoinColumn(name = "rule_id"))
  @OrderColumn(name = "position")
  private List<ListedQuestion> listed = new ArrayList<>();

  @Version private long version;

  protected PaperRule() {}

  /** The same questions for everyone; each once, each worth at least a point. */
  public static PaperRule fixed(List<ListedQuestion> questions) {
    PaperRule rule = new PaperRule();
    rule.kind = PaperKind.FIXED;
    checkSize(questions.size());
    Set<Long> seen = new HashSet<>();
    for (ListedQuestion question : questions) {
      checkPoints(question.getPoints());
      if (!seen.add(question.getQuestionId())) {
        throw new BusinessException("error.paper.questionTwice", question.getQuestionId());
      }
    }
    rule.listed = new ArrayList<>(questions);
    return rule;
  }

  /** Questions drawn by quotas; a cell (topic, difficulty, type) appears once. */
  public static PaperRule draw(List<Quota> quotas) {
    PaperRule rule = new PaperRule();
    rule.kind = PaperKind.DRAW;
    for (int i = 0; i < quotas.size(); i++) {
      Quota quota = quotas.get(i);
      if (quota.getCount() < 1) {
        throw new BusinessException("error.paper.count");
      }
      checkPoints(quota.getPoints());
      if (quota.getDifficulty() < Question.DIFFICULTY_MIN
          || quota.getDifficulty() > Question.DIFFICULTY_MAX) {
        throw new BusinessException(
            "error.question.difficulty", Question.DIFFICULTY_MIN, Question.DIFFICULTY_MAX);
      }
      for (int j = 0; j < i; j++) {
        if (quotas.get(j).sameCell(quota)) {
          throw new BusinessException("error.paper.cellTwice", i + 1);
        }
      }
    }
    checkSize(quotas.stream().mapToInt(Quota::getCount).sum());
    rule.quotas = new ArrayList<>(quotas);
    return rule;
  }

  private static void checkSize(int questions) {
    if (questions < 1 || questions > MAX_QUESTIONS) {
      throw new BusinessException("error.paper.size", MAX_QUESTIONS);
    }
  }

  private static void checkPoints(int points) {
    if (points < 1 || points > MAX_POINTS) {
      throw new BusinessException("error.paper.points", MAX_POINTS);
    }
  }

  /**
   * Refuses a rule the bank cannot satisfy: a listed question that is unknown or retired, or a
   * quota with fewer active questions than it draws for a holder of one of the positions.
   */
  public void checkAgainst(QuestionPool pool, Collection<KeyPositionDefinition> positions) {
    checkListed(pool);
    for (Quota quota : quotas) {
      for (KeyPositionDefinition position : positions) {
        int available = candidates(pool, quota, position.position()).size();
        if (available < quota.getCount()) {
          throw shortOf(quota, available, position.getName());
        }
      }
    }
  }

  /**
   * Refuses a rule for no position (a course quiz) that the bank cannot satisfy; each quota draws
   * from every active question of its cell.
   */
  public void checkForAnyPosition(QuestionPool pool) {
    checkListed(pool);
    for (Quota quota : quotas) {
      int available = candidates(pool, quota, null).size();
      if (available < quota.getCount()) {
        throw shortOf(quota, available, null);
      }
    }
  }

  private void checkListed(QuestionPool pool) {
    for (ListedQuestion question : listed) {
      if (!pool.isActive(question.getQuestionId())) {
        throw new BusinessException("error.paper.questionUnusable", question.getQuestionId());
      }
    }
  }

  private BusinessException shortOf(Quota quota, int available, String position) {
    int row = quotas.indexOf(quota) + 1;
    return position == null
        ? new BusinessException("error.paper.quotaShortAny", row, quota.getCount(), available)
        : new BusinessException(
            "error.paper.quotaShort", row, quota.getCount(), available, position);
  }

  private static List<Long> candidates(QuestionPool pool, Quota quota, KeyPosition position) {
    return pool.idsOf(quota.getTopicCode(), quota.getDifficulty(), quota.getType(), position);
  }

  /**
   * A paper for a holder of the position, or for anyone when there is none (a course quiz), in the
   * order the candidate sees it: the listed questions or each quota's draw, shuffled by the random.
   */
  public List<PaperItem> makePaper(QuestionPool pool, KeyPosition position, Random random) {
    List<PaperItem> paper = new ArrayList<>();
    listed.forEach(q -> paper.add(new PaperItem(q.getQuestionId(), q.getPoints())));
    for (Quota quota : quotas) {
      List<Long> ids = new ArrayList<>(candidates(pool, quota, position));
      if (ids.size() < quota.getCount()) {
        throw shortOf(quota, ids.size(), position == null ? null : position.code());
      }
      Collections.shuffle(ids, random);
      ids.subList(0, quota.getCount())
          .forEach(id -> paper.add(new PaperItem(id, quota.getPoints())));
    }
    Collections.shuffle(paper, random);
    return paper;
  }

  /** The total of a paper. */
  public int maxScore() {
    return listed.stream().mapToInt(ListedQuestion::getPoints).sum()
        + quotas.stream().mapToInt(q -> q.getCount() * q.getPoints()).sum();
  }

  public Long getId() {
    return id;
  }

  public PaperKind getKind() {
    return kind;
  }

  public List<Quota> getQuotas() {
    return List.copyOf(quotas);
  }

  public List<ListedQuestion> getListed() {
    return List.copyOf(listed);
  }
}
