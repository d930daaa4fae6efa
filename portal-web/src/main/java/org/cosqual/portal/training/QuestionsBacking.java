package org.cosqual.portal.training;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cosqual.portal.shell.FileDownload;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.portal.shell.PagedModel;
import org.cosqual.portal.shell.SheetLabels;
import org.cosqual.training.application.QuestionBankService;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionFilter;
import org.cosqual.training.domain.model.question.QuestionStatus;
import org.cosqual.training.domain.model.question.QuestionType;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/** The question bank: filters above a lazy table the service pages, and the filtered export. */
@Named("questionList")
@ViewScoped
public class QuestionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String TABLE = "listForm:questions";

  @Inject transient QuestionBankService bank;

  private String text;
  private QuestionType type;
  private String topicCode;
  private Integer difficulty;
  private String positionCode;
  private QuestionStatus status = QuestionStatus.ACTIVE;

  private final LazyDataModel<Question> rows =
      new PagedModel<>(
          () -> bank.countQuestions(filter()),
          (first, pageSize, sortBy) -> bank.findQuestions(filter(), first, pageSize),
          Question::getId);

  QuestionFilter filter() {
    return new QuestionFilter(text, type, topicCode, difficulty, positionCode, status);
  }

  /** New filters start again at the first page. */
  public void search() {
    DataTable table =
        (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
    table.setFirst(0);
  }

  /** The questions the filters select, as a sheet that imports again unchanged. */
  public StreamedContent getExport() {
    QuestionFilter filter = filter();
    return DefaultStreamedContent.builder()
        .name(PageMessages.text("regulation_questions.title") + ".xlsx")
        .contentType(FileDownload.XLSX)
        .writer(out -> bank.exportQuestions(filter, SheetLabels.chinese(), out))
        .build();
  }

  public LazyDataModel<Question> getRows() {
    return rows;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
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

  public String getPositionCode() {
    return positionCode;
  }

  public void setPositionCode(String positionCode) {
    this.positionCode = positionCode;
  }

  public QuestionStatus getStatus() {
    return status;
  }

  public void setStatus(QuestionStatus status) {
    this.status = status;
  }
}
