package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.training.application.QuestionBankService;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionContent;
import org.cosqual.training.domain.model.question.QuestionDraft;
import org.cosqual.training.domain.model.question.QuestionOption;
import org.cosqual.training.domain.model.question.QuestionType;
import org.cosqual.training.domain.model.question.QuestionVersion;

/**
 * Writing a question, or revising one: the form carries the version it was loaded at, a refused
 * save keeps what was typed, and the page lists the question's versions.
 */
@Named("questionForm")
@ViewScoped
public class QuestionFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient QuestionBankService bank;

  private String id;
  private Long questionId;
  private long version;
  private QuestionType type = QuestionType.SINGLE_CHOICE;
  private String topicCode;
  private Integer difficulty = 3;
  private boolean allPositions = true;
  private List<String> positionCodes = new ArrayList<>();
  private String stem;
  private final List<OptionRow> options = new ArrayList<>();
  private Boolean truth;
  private String accepted;
  private String explanation;
  private transient Question question;

  public QuestionFormBacking() {
    IntStream.range(0, QuestionContent.OPTIONS_MAX).forEach(i -> options.add(new OptionRow()));
  }

  public void load() {
    if (questionId != null || id == null || id.isBlank()) {
      return;
    }
    PageActions.loadOrNotFound(bank::getQuestion, id).ifPresent(this::show);
  }

  private void show(Question shown) {
    question = shown;
    questionId = shown.getId();
    version = shown.getVersion();
    type = shown.getType();
    topicCode = shown.getTopic().getCode();
    difficulty = shown.getDifficulty();
    allPositions = shown.isAllPositions();
    positionCodes = shown.getPositions().stream().map(KeyPosition::code).sorted().toList();
    QuestionVersion current = shown.current();
    stem = current.getStem();
    List<QuestionOption> kept = current.getOptions();
    for (int i = 0; i < options.size(); i++) {
      options.get(i).text = i < kept.size() ? kept.get(i).getText() : null;
      options.get(i).correct = i < kept.size() && kept.get(i).isCorrect();
    }
    truth = current.getTruth();
    accepted = String.join("\n", current.getAccepted());
    explanation = current.getExplanation();
  }

  public String save() {
    Set<KeyPosition> chosen =
        positionCodes.stream().map(KeyPosition::new).collect(Collectors.toSet());
    List<QuestionOption> typed =
        options.stream()
            .map(o -> new QuestionOption(o.text == null ? "" : o.text, o.correct))
            .toList();
    List<String> answers = accepted == null ? List.of() : Arrays.asList(accepted.split("\\R"));
    QuestionDraft draft =
        new QuestionDraft(
            type,
            topicCode,
            difficulty,
            allPositions,
            chosen,
            new QuestionContent(stem, typed, truth, answers, explanation));
    int before = question().map(Question::getCurrentNumber).orElse(0);
    Question[] saved = new Question[1];
    boolean done =
        PageActions.attempt(
            () ->
                saved[0] =
                    questionId == null
                        ? bank.createQuestion(draft)
                        : bank.reviseQuestion(questionId, version, draft));
    if (!done) {
      return null;
    }
    int number = saved[0].getCurrentNumber();
    if (before != 0 && number != before) {
      PageMessages.info("regulation_question.message.newVersion", number);
    } else {
      PageMessages.info("regulation_question.message.saved");
    }
    PageMessages.keepForRedirect();
    return "/regulation/question.xhtml?faces-redirect=true&id=" + saved[0].getId();
  }

  public String retire() {
    return changeStatus(true);
  }

  public String reinstate() {
    return changeStatus(false);
  }

  private String changeStatus(boolean retiring) {
    boolean done =
        PageActions.attempt(
            () -> {
              if (retiring) {
                bank.retireQuestion(questionId, version);
              } else {
                bank.reinstateQuestion(questionId, version);
              }
            });
    if (!done) {
      return null;
    }
    PageMessages.info(
        retiring
            ? "regulation_question.message.retired"
            : "regulation_question.message.reinstated");
    PageMessages.keepForRedirect();
    return "/regulation/question.xhtml?faces-redirect=true&id=" + questionId;
  }

  private Optional<Question> question() {
    if (question == null && questionId != null) {
      question = bank.getQuestion(questionId);
    }
    return Optional.ofNullable(question);
  }

  /** The versions, newest first. */
  public List<QuestionVersion> getVersions() {
    List<QuestionVersion> versions =
        new ArrayList<>(question().map(Question::getVersions).orElse(List.of()));
    Collections.reverse(versions);
    return versions;
  }

  public Question getQuestion() {
    return question().orElse(null);
  }

  public boolean isNew() {
    return questionId == null;
  }

  /** The letter of an option's position: A for 0. */
  public String letter(int position) {
    return String.valueOf((char) ('A' + position));
  }

  public List<OptionRow> getOptions() {
    return options;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public QuestionType getType() {
    return type;
  }

  public void setType(QuestionType type) {
    this.type = type;
  }

  public String getTopicCode() {
    return topicCode;
  }

  public void setTopicCode(String topicCode) {
    this.topicCode = topicCode;
  }

  public Integer getDifficulty() {
    return difficulty;
  }

  public void setDifficulty(Integer difficulty) {
    this.difficulty = difficulty;
  }

  public boolean isAllPositions() {
    return allPositions;
  }

  public void setAllPositions(boolean allPositions) {
    this.allPositions = allPositions;
  }

  public List<String> getPositionCodes() {
    return positionCodes;
  }

  public void setPositionCodes(List<String> positionCodes) {
    this.positionCodes = positionCodes;
  }

  public String getStem() {
    return stem;
  }

  public void setStem(String stem) {
    this.stem = stem;
  }

  public Boolean getTruth() {
    return truth;
  }

  public void setTruth(Boolean truth) {
    this.truth = truth;
  }

  public String getAccepted() {
    return accepted;
  }

  public void setAccepted(String accepted) {
    this.accepted = accepted;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  /** One option's fields: its text and whether it is correct. */
  public static class OptionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private boolean correct;

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public boolean isCorrect() {
      return correct;
    }

    public void setCorrect(boolean correct) {
      this.correct = correct;
    }
  }
}
