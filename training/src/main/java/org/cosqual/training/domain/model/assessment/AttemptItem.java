package org.cosqual.training.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.training.domain.model.question.Answer;
import org.cosqual.training.domain.model.question.Grade;
import org.cosqual.training.domain.model.question.QuestionOption;
import org.cosqual.training.domain.model.question.QuestionType;
import org.cosqual.training.domain.model.question.QuestionVersion;

/**
 * A question on an attempt's paper: the version the candidate saw, its options in the shuffled
 * order shown to them, what it is worth, and the answer last saved. Choices come in as the shown
 * positions and are kept as the version's own, which grading compares with the correct ones.
 */
@Entity
@Table(name = "attempt_item")
public class AttemptItem {

  public static final int TEXT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "attempt_id", nullable = false)
  private Attempt attempt;

  @Column(nullable = false)
  private int position;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "version_id", nullable = false)
  private QuestionVersion question;

  @Column(nullable = false)
  private int points;

  /** The version's option positions in the order shown, comma-separated. */
  @Column(name = "option_order", nullable = false, length = 64)
  private String optionOrder;

  /** The chosen options as the version's positions, ascending, comma-separated. */
  @Column(name = "answer_choices", length = 64)
  private String answerChoices;

  @Column(name = "answer_truth")
  private Boolean answerTruth;

  @Column(name = "answer_text", length = TEXT_MAX)
  private String answerText;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private Grade grade;

  @Column private Integer awarded;

  protected AttemptItem() {}

  AttemptItem(Attempt attempt, int position, QuestionVersion question, int points, Random random) {
    this.attempt = attempt;
    this.position = position;
    this.question = question;
    this.points = points;
    List<Integer> order =
        IntStream.range(0, question.getOptions().size()).boxed().collect(Collectors.toList());
    Collections.shuffle(order, random);
    this.optionOrder = join(order);
  }

  private static String join(Iterable<Integer> positions) {
    List<String> parts = new ArrayList<>();
    positions.forEach(p -> parts.add(p.toString()));
    return String.join(",", parts);
  }

  private static List<Integer> split(String positions) {
    return positions == null || positions.isEmpty()
        ? List.of()
        : Arrays.stream(positions.split(",")).map(Integer::valueOf).toList();
  }

  /** The version's option positions in the order the candidate sees them. */
  public List<Integer> order() {
    return split(optionOrder);
  }

  /** The options as the candidate sees them. */
  public List<QuestionOption> shownOptions() {
    List<QuestionOption> options = question.getOptions();
    return order().stream().map(options::get).toList();
  }

  /** The saved choices as shown positions, for the page. */
  public Set<Integer> shownChoices() {
    List<Integer> order = order();
    return split(answerChoices).stream()
        .map(order::indexOf)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The saved answer in the version's terms. */
  public Answer savedAnswer() {
    return new Answer(Set.copyOf(split(answerChoices)), answerTruth, answerText);
  }

  /**
   * Saves an answer given in shown positions; refused, with the saved answer unchanged, when it
   * does not fit the question (an option the paper does not show, two choices for a single one,
   * text too long).
   */
  void record(Answer shown, Instant at) {
    QuestionType type = question.getQuestion().getType();
    String choices = null;
    Boolean truth = null;
    String text = null;
    if (type.hasOptions()) {
      List<Integer> order = order();
      Set<Integer> own = new TreeSet<>();
      for (Integer index : shown.chosen()) {
        if (index == null || index < 0 || index >= order.size()) {
          throw new BusinessException("error.attempt.noSuchOption");
        }
        own.add(order.get(index));
      }
      if (type == QuestionType.SINGLE_CHOICE && own.size() > 1) {
        throw new BusinessException("error.attempt.oneChoice");
      }
      choices = own.isEmpty() ? null : join(own);
    } else if (type == QuestionType.TRUE_FALSE) {
      truth = shown.truth();
    } else {
      text = shown.text() == null || shown.text().isBlank() ? null : shown.text().strip();
      if (text != null && text.length() > TEXT_MAX) {
        throw new BusinessException("error.attempt.answerTooLong", TEXT_MAX);
      }
    }
    answerChoices = choices;
    answerTruth = truth;
    answerText = text;
    answeredAt = at;
  }

  /**
   * Grades the saved answer. A short answer waits for a regulator, unless it is unanswered or in a
   * practice attempt, which no regulator grades: then it earns nothing, and its explanation says
   * what was looked for.
   */
  void grade(boolean practice) {
    Grade outcome = question.grade(savedAnswer());
    if (outcome == Grade.NEEDS_MANUAL_GRADING && (answerText == null || practice)) {
      outcome = Grade.INCORRECT;
    }
    grade = outcome;
    awarded =
        switch (outcome) {
          case CORRECT -> points;
          case INCORRECT -> 0;
          case NEEDS_MANUAL_GRADING -> null;
        };
  }

  /** A regulator's grade of a short answer, from none to all of its points. */
  void gradeByHand(int given) {
    if (grade != Grade.NEEDS_MANUAL_GRADING || awarded != null) {
      throw new BusinessException("error.grading.notPending");
    }
    if (given < 0 || given > points) {
      throw new BusinessException("error.grading.points", points);
    }
    awarded = given;
  }

  boolean isPendingGrade() {
    return awarded == null;
  }

  boolean belongsTo(Attempt other) {
    return attempt == other || (attempt.getId() != null && attempt.getId().equals(other.getId()));
  }

  public boolean isAnswered() {
    return answeredAt != null
        && (answerChoices != null || answerTruth != null || answerText != null);
  }

  public Long getId() {
    return id;
  }

  public Attempt getAttempt() {
    return attempt;
  }

  public int getPosition() {
    return position;
  }

  public QuestionVersion getQuestion() {
    return question;
  }

  public int getPoints() {
    return points;
  }

  public Boolean getAnswerTruth() {
    return answerTruth;
  }

  public String getAnswerText() {
    return answerText;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Grade getGrade() {
    return grade;
  }

  public Integer getAwarded() {
    return awarded;
  }
}
