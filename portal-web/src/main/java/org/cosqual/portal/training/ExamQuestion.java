package org.cosqual.portal.training;

import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.cosqual.training.domain.model.assessment.AttemptItem;
import org.cosqual.training.domain.model.question.Answer;
import org.cosqual.training.domain.model.question.Grade;
import org.cosqual.training.domain.model.question.QuestionOption;
import org.cosqual.training.domain.model.question.QuestionType;
import org.cosqual.training.domain.model.question.QuestionVersion;

/**
 * One question of an attempt as its page shows it: the stem and the options in the order shown, the
 * answer in the form's terms (shown positions), when it was last saved or why it was refused, and,
 * once graded, the points and the correct answer in the same shown terms.
 */
public class ExamQuestion implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long itemId;
  private final int number;
  private final QuestionType type;
  private final String stem;
  private final List<String> options;
  private final int points;

  private Integer single;
  private Integer[] multiple;
  private Boolean truth;
  private String text;
  private boolean answered;
  private String savedAt;
  private String refusal;

  private Grade grade;
  private Integer awarded;
  private Set<Integer> correctChoices = Set.of();
  private Boolean correctTruth;
  private List<String> accepted = List.of();
  private String explanation;

  ExamQuestion(
      long itemId, int number, QuestionType type, String stem, List<String> options, int points) {
    this.itemId = itemId;
    this.number = number;
    this.type = type;
    this.stem = stem;
    this.options = new ArrayList<>(options);
    this.points = points;
  }

  /** The question as the paper shows it, with the answer last saved and its grade if any. */
  static ExamQuestion of(AttemptItem item, String savedAt) {
    QuestionVersion version = item.getQuestion();
    ExamQuestion question =
        new ExamQuestion(
            item.getId(),
            item.getPosition() + 1,
            version.getQuestion().getType(),
            version.getStem(),
            item.shownOptions().stream().map(QuestionOption::getText).toList(),
            item.getPoints());
    Set<Integer> chosen = item.shownChoices();
    question.single = chosen.isEmpty() ? null : chosen.iterator().next();
    question.multiple = chosen.toArray(new Integer[0]);
    question.truth = item.getAnswerTruth();
    question.text = item.getAnswerText();
    question.answered = item.isAnswered();
    question.savedAt = savedAt;
    question.grade = item.getGrade();
    question.awarded = item.getAwarded();
    return question;
  }

  /** Adds what a graded question's review shows: the correct answer and the explanation. */
  void reveal(AttemptItem item) {
    QuestionVersion version = item.getQuestion();
    List<QuestionOption> shown = item.shownOptions();
    Set<Integer> correct = new TreeSet<>();
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).isCorrect()) {
        correct.add(i);
      }
    }
    this.correctChoices = correct;
    this.correctTruth = version.getTruth();
    this.accepted = new ArrayList<>(version.getAccepted());
    this.explanation = version.getExplanation();
  }

  /** The form's value as the answer the service takes: choices in shown positions. */
  Answer answer() {
    return switch (type) {
      case SINGLE_CHOICE -> single == null ? Answer.choice() : Answer.choice(single);
      case MULTIPLE_CHOICE ->
          new Answer(
              multiple == null
                  ? Set.of()
                  : Set.copyOf(Arrays.stream(multiple).filter(Objects::nonNull).toList()),
              null,
              null);
      case TRUE_FALSE -> new Answer(Set.of(), truth, null);
      case FILL_IN, SHORT_ANSWER -> Answer.text(text);
    };
  }

  /** Notes a saved answer: the time shown beside it, and whether it answers the question. */
  void saved(String at) {
    savedAt = at;
    refusal = null;
    Answer answer = answer();
    answered =
        !answer.chosen().isEmpty()
            || answer.truth() != null
            || (answer.text() != null && !answer.text().isBlank());
  }

  void refused(String why) {
    refusal = why;
  }

  /** The letter of a shown option: A, B, C … */
  static String letter(int index) {
    return String.valueOf((char) ('A' + index));
  }

  /** The shown positions as letters, e.g. "A, C"; empty for none. */
  static String letters(Set<Integer> positions) {
    return String.join(", ", positions.stream().sorted().map(ExamQuestion::letter).toList());
  }

  /** The shown options as the form's items: the shown position, labelled "A. text". */
  public List<SelectItem> getChoices() {
    List<SelectItem> items = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      items.add(new SelectItem(i, letter(i) + ". " + options.get(i)));
    }
    return items;
  }

  /** Whether the shown option is among the answer's choices. */
  public boolean chosen(int index) {
    return type == QuestionType.SINGLE_CHOICE
        ? Integer.valueOf(index).equals(single)
        : multiple != null && Arrays.asList(multiple).contains(index);
  }

  /** Whether the shown option is a correct one (known once the review shows answers). */
  public boolean correctAt(int index) {
    return correctChoices.contains(index);
  }

  /** The options chosen, as letters. */
  public String getChosenLetters() {
    if (type == QuestionType.SINGLE_CHOICE) {
      return single == null ? "" : letter(single);
    }
    return multiple == null ? "" : letters(Set.copyOf(Arrays.asList(multiple)));
  }

  public String getCorrectLetters() {
    return letters(correctChoices);
  }

  public boolean isChoice() {
    return type.hasOptions();
  }

  /** Whether it is answered in words: a blank or a short answer. */
  public boolean isTyped() {
    return type == QuestionType.FILL_IN || type == QuestionType.SHORT_ANSWER;
  }

  /** Whether a regulator still has to grade it. */
  public boolean isPending() {
    return grade == Grade.NEEDS_MANUAL_GRADING && awarded == null;
  }

  public boolean isCorrect() {
    return awarded != null && awarded == points;
  }

  public long getItemId() {
    return itemId;
  }

  public int getNumber() {
    return number;
  }

  public QuestionType getType() {
    return type;
  }

  public String getStem() {
    return stem;
  }

  public List<String> getOptions() {
    return options;
  }

  public int getPoints() {
    return points;
  }

  public Integer getSingle() {
    return single;
  }

  public void setSingle(Integer single) {
    this.single = single;
  }

  public Integer[] getMultiple() {
    return multiple;
  }

  public void setMultiple(Integer[] multiple) {
    this.multiple = multiple;
  }

  public Boolean getTruth() {
    return truth;
  }

  public void setTruth(Boolean truth) {
    this.truth = truth;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isAnswered() {
    return answered;
  }

  public String getSavedAt() {
    return savedAt;
  }

  public String getRefusal() {
    return refusal;
  }

  public Grade getGrade() {
    return grade;
  }

  public Integer getAwarded() {
    return awarded;
  }

  public Boolean getCorrectTruth() {
    return correctTruth;
  }

  public List<String> getAccepted() {
    return accepted;
  }

  /** A blank's accepted answers, as the review lists them. */
  public String getAcceptedText() {
    return String.join(" / ", accepted);
  }

  public String getExplanation() {
    return explanation;
  }
}
