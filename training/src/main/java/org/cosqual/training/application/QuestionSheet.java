package org.cosqual.training.application;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cosqual.personnel.application.StaffSheet;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.ColumnType;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.application.spreadsheet.SheetRow;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.training.domain.model.question.AnswerText;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionContent;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionOption;
import org.cosqual.training.domain.model.question.QuestionTopic;
import org.cosqual.training.domain.model.question.QuestionType;
import org.cosqual.training.domain.model.question.QuestionVersion;

/**
 * The question sheet: one question a row, with its type, topic, difficulty, key positions, stem,
 * options A to F, the correct answer (letters such as {@code A} or {@code A,C}, the labels of true
 * and false, or a blank's answer), further accepted answers separated by |, and the explanation.
 * Exports use the same columns, so an exported file imports again unchanged.
 */
public final class QuestionSheet {

  public static final String TYPE = "training_questionSheet.type";
  public static final String TOPIC = "training_questionSheet.topic";
  public static final String DIFFICULTY = "training_questionSheet.difficulty";
  public static final String POSITIONS = "training_questionSheet.positions";
  public static final String STEM = "training_questionSheet.stem";
  public static final String ANSWER = "training_questionSheet.answer";
  public static final String ACCEPTED = "training_questionSheet.accepted";
  public static final String EXPLANATION = "training_questionSheet.explanation";

  /** The option every position stands for in the positions column. */
  public static final String ALL_POSITIONS = "training_questionSheet.allPositions";

  /** The labels of a true/false question's answers. */
  public static final String TRUE = "training_questionSheet.true";

  public static final String FALSE = "training_questionSheet.false";

  private static final String OPTION = "training_questionSheet.option";
  private static final String TOPIC_KEY = "QuestionTopic.";
  private static final String LETTERS = "ABCDEF";
  private static final Pattern ACCEPTED_SEPARATOR = Pattern.compile("\\|");

  /** The bank is imported in files of a few thousand questions at most. */
  public static final int MAX_ROWS = 5_000;

  private final List<QuestionTopic> topics;
  private final List<KeyPositionDefinition> positions;

  public QuestionSheet(List<QuestionTopic> topics, List<KeyPositionDefinition> positions) {
    this.topics = List.copyOf(topics);
    this.positions = List.copyOf(positions);
  }

  /** The key of the column of an option: A is 0. */
  public static String optionColumn(int position) {
    return OPTION + LETTERS.charAt(position);
  }

  public SheetLayout layout() {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.choice(TYPE, QuestionType.values()).asRequired().width(12));
    columns.add(
        Column.choice(TOPIC, topics.stream().map(t -> TOPIC_KEY + t.getCode()).toList())
            .asRequired()
            .width(14));
    columns.add(Column.integer(DIFFICULTY).asRequired().width(8));
    List<String> positionKeys =
        Stream.concat(
                Stream.of(ALL_POSITIONS),
                positions.stream().map(p -> StaffSheet.optionKey(p.position())))
            .toList();
    columns.add(new Column(POSITIONS, ColumnType.CHOICE, true, positionKeys, true, 30));
    columns.add(Column.text(STEM).asRequired().width(60));
    for (int i = 0; i < QuestionContent.OPTIONS_MAX; i++) {
      columns.add(Column.text(optionColumn(i)).width(24));
    }
    columns.add(Column.text(ANSWER).width(14));
    columns.add(Column.text(ACCEPTED).width(24));
    columns.add(Column.text(EXPLANATION).width(40));
    return new SheetLayout("training_questionSheet.title", columns, MAX_ROWS);
  }

  /** The bundle's labels, and the topics' and positions' (Chinese) names for their options. */
  public Function<String, String> labels(Function<String, String> bundle) {
    Map<String, String> names = new HashMap<>();
    topics.forEach(t -> names.put(TOPIC_KEY + t.getCode(), t.getName()));
    positions.forEach(p -> names.put(StaffSheet.optionKey(p.position()), p.getName()));
    return key -> names.containsKey(key) ? names.get(key) : bundle.apply(key);
  }

  /**
   * The question a row describes; the domain checks it further when it is created.
   *
   * @param labels as passed to {@link #labels}, for the true and false labels
   * @throws BusinessException when the answer column does not fit the type
   */
  public QuestionDraft draft(SheetRow row, Function<String, String> labels) {
    QuestionType type = row.enums(TYPE, QuestionType.class).iterator().next();
    String topicKey = row.options(TOPIC).get(0);
    List<String> positionKeys = row.options(POSITIONS);
    boolean all = positionKeys.contains(ALL_POSITIONS);
    Set<KeyPosition> chosen =
        positionKeys.stream()
            .filter(k -> !k.equals(ALL_POSITIONS))
            .map(StaffSheet::position)
            .collect(Collectors.toSet());
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < QuestionContent.OPTIONS_MAX; i++) {
      texts.add(row.text(optionColumn(i)));
    }
    String answer = row.text(ANSWER);
    List<QuestionOption> options = new ArrayList<>();
    Boolean truth = null;
    List<String> accepted = new ArrayList<>();
    if (type.hasOptions()) {
      Set<Integer> correct = letters(answer, texts, labels.apply(Column.SEPARATORS));
      for (int i = 0; i < texts.size(); i++) {
        if (texts.get(i) != null) {
          options.add(new QuestionOption(texts.get(i), correct.contains(i)));
        }
      }
    } else if (type == QuestionType.TRUE_FALSE) {
      truth = truth(answer, labels);
    } else if (type == QuestionType.FILL_IN) {
      if (answer != null) {
        accepted.add(answer);
      }
      String more = row.text(ACCEPTED);
      if (more != null) {
        // Full-width bars too: normalised, they are the same as half-width ones.
        accepted.addAll(
            Arrays.asList(
                ACCEPTED_SEPARATOR.split(Normalizer.normalize(more, Normalizer.Form.NFKC))));
      }
    }
    QuestionContent content =
        new QuestionContent(row.text(STEM), options, truth, accepted, row.text(EXPLANATION));
    Integer difficulty =
        row.integer(DIFFICULTY) == null ? null : row.integer(DIFFICULTY).intValue();
    return new QuestionDraft(
        type, topicKey.substring(TOPIC_KEY.length()), difficulty, all, chosen, content);
  }

  /**
   * The options' letters, each naming a filled option, written together (AC) or separated by white
   * space, commas, semicolons or the separators of the sheet's language.
   */
  private static Set<Integer> letters(String answer, List<String> texts, String separators) {
    String typed = answer == null ? "" : AnswerText.normalised(answer).toUpperCase(Locale.ROOT);
    Set<Integer> chosen = new LinkedHashSet<>();
    for (char letter : typed.toCharArray()) {
      if (Character.isWhitespace(letter)
          || ",;".indexOf(letter) >= 0
          || separators.indexOf(letter) >= 0) {
        continue;
      }
      int position = LETTERS.indexOf(letter);
      if (position < 0 || texts.get(position) == null) {
        throw new BusinessException("error.question.answerLetters", answer);
      }
      chosen.add(position);
    }
    if (chosen.isEmpty()) {
      throw new BusinessException("error.question.answerRequired");
    }
    return chosen;
  }

  private static Boolean truth(String answer, Function<String, String> labels) {
    String typed = AnswerText.normalised(answer);
    if (typed.equals(AnswerText.normalised(labels.apply(TRUE)))) {
      return true;
    }
    if (typed.equals(AnswerText.normalised(labels.apply(FALSE)))) {
      return false;
    }
    throw new BusinessException("error.question.answerTruth", answer == null ? "" : answer);
  }

  /** A question's current version as a row of the layout. */
  public static List<?> row(Question question, Function<String, String> labels) {
    QuestionVersion current = question.current();
    List<Object> cells = new ArrayList<>();
    cells.add(question.getType());
    cells.add(TOPIC_KEY + question.getTopic().getCode());
    cells.add(question.getDifficulty());
    cells.add(
        question.isAllPositions()
            ? List.of(ALL_POSITIONS)
            : question.getPositions().stream().map(StaffSheet::optionKey).sorted().toList());
    cells.add(current.getStem());
    List<QuestionOption> options = current.getOptions();
    for (int i = 0; i < QuestionContent.OPTIONS_MAX; i++) {
      cells.add(i < options.size() ? options.get(i).getText() : null);
    }
    List<String> accepted = current.getAccepted();
    cells.add(answer(question.getType(), current, labels));
    cells.add(accepted.size() > 1 ? String.join("|", accepted.subList(1, accepted.size())) : null);
    cells.add(current.getExplanation());
    return cells;
  }

  private static String answer(
      QuestionType type, QuestionVersion version, Function<String, String> labels) {
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE ->
          version.correctPositions().stream()
              .sorted()
              .map(i -> String.valueOf(LETTERS.charAt(i)))
              .collect(Collectors.joining(","));
      case TRUE_FALSE -> labels.apply(version.getTruth() ? TRUE : FALSE);
      case FILL_IN -> version.getAccepted().get(0);
      case SHORT_ANSWER -> null;
    };
  }
}
