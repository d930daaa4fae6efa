package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.training.application.ResultService;
import org.cosqual.training.domain.model.assessment.AssessmentFiling;
import org.cosqual.training.domain.model.assessment.AttemptItem;

/**
 * A regulator's assessment work: grading the short answers that wait for a regulator, and
 * confirming the filed results (考核备案) of the people of their subtree.
 */
@Named("assessmentResults")
@ViewScoped
public class AssessmentResultsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ResultService results;

  private transient List<AttemptItem> answers;
  private transient List<AssessmentFiling> filings;

  /** The points typed for each waiting answer, by item id, kept when a grade is refused. */
  private final Map<Long, Integer> points = new HashMap<>();

  public List<AttemptItem> getAnswers() {
    if (answers == null) {
      answers = results.findAnswersToGrade();
    }
    return answers;
  }

  public List<AssessmentFiling> getFilings() {
    if (filings == null) {
      filings = results.findFilingsToConfirm();
    }
    return filings;
  }

  public void grade(AttemptItem item) {
    Integer given = points.get(item.getId());
    if (given == null) {
      PageMessages.error("error.field.required", PageMessages.text("regulator_assessments.points"));
      return;
    }
    if (PageActions.attempt(
        () -> results.gradeShortAnswer(item.getAttempt().getId(), item.getId(), given))) {
      PageMessages.info("regulator_assessments.message.graded");
      points.remove(item.getId());
      answers = null;
      filings = null;
    }
  }

  public void confirm(AssessmentFiling filing) {
    if (PageActions.attempt(() -> results.confirmFiling(filing.getId(), filing.getVersion()))) {
      PageMessages.info("regulator_assessments.message.confirmed");
      filings = null;
    }
  }

  public Map<Long, Integer> getPoints() {
    return points;
  }
}
