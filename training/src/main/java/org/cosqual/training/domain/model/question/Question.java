package org.cosqual.training.domain.model.question;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * A question of the bank: its type, topic, difficulty and the key positions it is for, and its
 * versions. Revising a question whose current version no attempt has used changes that version;
 * once used, a revision is a new version, so past attempts keep what their candidate saw.
 */
@Entity
@Table(name = "question")
public class Question {

  public static final int DIFFICULTY_MIN = 1;
  public static final int DIFFICULTY_MAX = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private QuestionType type;

  @ManyToOne(optional = false)
  @JoinColumn(name = "topic_code", nullable = false)
  private QuestionTopic topic;

  @Column(nullable = false)
  private int difficulty;

  @Column(name = "all_positions", nullable = false)
  private boolean allPositions;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "question_key_position", joinColumns = @JoinColumn(name = "question_id"))
  @Column(name = "position_code", nullable = false, length = 32)
  private Set<String> positionCodes = new TreeSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private QuestionStatus status;

  /** The number of the current version, whose stem is also kept here for search. */
  @Column(name = "current_number", nullable = false)
  private int currentNumber;

  @Column(name = "current_stem", nullable = false, length = QuestionContent.STEM_MAX)
  private String currentStem;

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("number")
  private List<QuestionVersion> versions = new ArrayList<>();

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Question() {}

  /** A new active question, its content version 1. */
  public static Question create(QuestionDraft draft, QuestionTopic topic, String by, Instant at) {
    Question question = new Question();
    question.type = required(draft.type(), "training_question.type");
    question.status = QuestionStatus.ACTIVE;
    question.createdBy = by;
    question.createdAt = at;
    question.classify(draft, topic);
    QuestionContent content = required(draft.content(), "training_question.stem");
    question.addVersion(content.checkedFor(question.type), by, at);
    return question;
  }

  /**
   * New classification and content. The type stays what it was created as (the answers of past
   * attempts are graded by it).
   *
   * @return whether a new version was made (the current one had been used)
   */
  public boolean revise(QuestionDraft draft, QuestionTopic topic, String by, Instant at) {
    if (draft.type() != type) {
      throw new BusinessException("error.question.typeFixed");
    }
    QuestionContent content = required(draft.content(), "training_question.stem").checkedFor(type);
    classify(draft, topic);
    QuestionVersion current = current();
    if (current.isUsed()) {
      addVersion(content, by, at);
      return true;
    }
    current.replace(content, by, at);
    currentStem = content.stem();
    return false;
  }

  private void classify(QuestionDraft draft, QuestionTopic newTopic) {
    this.topic = Objects.requireNonNull(newTopic);
    Integer level = required(draft.difficulty(), "training_question.difficulty");
    if (level < DIFFICULTY_MIN || level > DIFFICULTY_MAX) {
      throw new BusinessException("error.question.difficulty", DIFFICULTY_MIN, DIFFICULTY_MAX);
    }
    this.difficulty = level;
    if (!draft.allPositions() && draft.positions().isEmpty()) {
      throw new BusinessException("error.question.positionsRequired");
    }
    this.allPositions = draft.allPositions();
    this.positionCodes =
        draft.allPositions()
            ? new TreeSet<>()
            : draft.positions().stream()
                .map(KeyPosition::code)
                .collect(Collectors.toCollection(TreeSet::new));
  }

  private void addVersion(QuestionContent content, String by, Instant at) {
    currentNumber = versions.size() + 1;
    currentStem = content.stem();
    versions.add(new QuestionVersion(this, currentNumber, content, by, at));
  }

  private static <T> T required(T value, String labelKey) {
    if (value == null) {
      throw new BusinessException("error.field.required", labelKey);
    }
    return value;
  }

  /**
   * What the exam engine calls when it puts the question before a candidate: the current version,
   * from now on unchanged by revisions.
   */
  public QuestionVersion markUsed() {
    QuestionVersion current = current();
    current.markUsed();
    return current;
  }

  /** No longer drawn into new papers. */
  public void retire() {
    if (status == QuestionStatus.RETIRED) {
      throw new BusinessException("error.question.retired");
    }
    status = QuestionStatus.RETIRED;
  }

  public void reinstate() {
    if (status == QuestionStatus.ACTIVE) {
      throw new BusinessException("error.question.active");
    }
    status = QuestionStatus.ACTIVE;
  }

  /** Whether it is for holders of a position. */
  public boolean appliesTo(KeyPosition position) {
    return allPositions || positionCodes.contains(position.code());
  }

  public QuestionVersion current() {
    return versions.get(currentNumber - 1);
  }

  public Long getId() {
    return id;
  }

  public QuestionType getType() {
    return type;
  }

  public QuestionTopic getTopic() {
    return topic;
  }

  public int getDifficulty() {
    return difficulty;
  }

  public boolean isAllPositions() {
    return allPositions;
  }

  /** The positions it is for, unless it is for all. */
  public Set<KeyPosition> getPositions() {
    return positionCodes.stream().map(KeyPosition::new).collect(Collectors.toSet());
  }

  public QuestionStatus getStatus() {
    return status;
  }

  public boolean isActive() {
    return status == QuestionStatus.ACTIVE;
  }

  public int getCurrentNumber() {
    return currentNumber;
  }

  public String getCurrentStem() {
    return currentStem;
  }

  /** Every version, oldest first. */
  public List<QuestionVersion> getVersions() {
    return List.copyOf(versions);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
