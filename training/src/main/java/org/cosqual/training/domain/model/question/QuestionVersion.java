package org.cosqual.training.domain.model.question;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One version of a question's content: what candidates of the attempts that used it saw. Its
 * content changes only while no attempt has used it; after that, a revision is a new version.
 */
@Entity
@Table(name = "question_version")
public class QuestionVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "question_id", nullable = false)
  private Question question;

  @Column(name = "number_no", nullable = false)
  private int number;

  @Column(nullable = false, length = QuestionContent.STEM_MAX)
  private String stem;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  private List<QuestionOption> options = new ArrayList<>();

  @Column(name = "correct_truth")
  private Boolean truth;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "question_accepted_answer",
      joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  @Column(name = "answer", nullable = false, length = QuestionContent.ANSWER_MAX)
  private List<String> accepted = new ArrayList<>();

  @Column(length = QuestionContent.EXPLANATION_MAX)
  private String explanation;

  @Column(nullable = false)
  private boolean used;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected QuestionVersion() {}

  QuestionVersion(Question question, int number, QuestionContent content, String by, Instant at) {
    this.question = question;
    this.number = number;
    replace(content, by, at);
  }

  /** New content in place: only while unused, which the question sees to. */
  final void replace(QuestionContent content, String by, Instant at) {
    this.stem = content.stem();
    this.options = new ArrayList<>(content.options());
    this.truth = content.truth();
    this.accepted = new ArrayList<>(content.accepted());
    this.explanation = content.explanation();
    this.createdBy = by;
    this.createdAt = at;
  }

  void markUsed() {
    used = true;
  }

  /**
   * Grades an answer: a choice question's only when exactly its correct options are chosen, a
   * blank's when the text matches an accepted answer once both are normalised; short answers are
   * left to a regulator.
   */
  public Grade grade(Answer answer) {
    if (question.getType() == QuestionType.SHORT_ANSWER) {
      return Grade.NEEDS_MANUAL_GRADING;
    }
    boolean correct =
        switch (question.getType()) {
          case SINGLE_CHOICE, MULTIPLE_CHOICE -> answer.chosen().equals(correctPositions());
          case TRUE_FALSE -> truth.equals(answer.truth());
          default -> accepts(answer.text());
        };
    return correct ? Grade.CORRECT : Grade.INCORRECT;
  }

  private boolean accepts(String text) {
    String typed = AnswerText.normalised(text);
    return !typed.isEmpty()
        && accepted.stream().map(AnswerText::normalised).anyMatch(typed::equals);
  }

  /** The zero-based positions of the correct options. */
  public Set<Integer> correctPositions() {
    return IntStream.range(0, options.size())
        .filter(i -> options.get(i).isCorrect())
        .boxed()
        .collect(Collectors.toSet());
  }

  public QuestionContent content() {
    return new QuestionContent(stem, options, truth, accepted, explanation);
  }

  public Long getId() {
    return id;
  }

  public Question getQuestion() {
    return question;
  }

  public int getNumber() {
    return number;
  }

  public String getStem() {
    return stem;
  }

  public List<QuestionOption> getOptions() {
    return List.copyOf(options);
  }

  public Boolean getTruth() {
    return truth;
  }

  public List<String> getAccepted() {
    return List.copyOf(accepted);
  }

  public String getExplanation() {
    return explanation;
  }

  public boolean isUsed() {
    return used;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
