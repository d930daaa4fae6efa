package org.cosqual.portal.cases;

import java.io.Serializable;
import java.time.LocalDate;
import org.cosqual.cases.domain.model.item.CommonProblem;
import org.cosqual.cases.domain.model.item.ProblemStatus;

/** One line of a common-problem list as the item form edits it. */
public class ProblemRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String problem;
  private String categoryCode;
  private Integer enterpriseCount;
  private String measures;
  private LocalDate deadline;
  private ProblemStatus status = ProblemStatus.OPEN;

  static ProblemRow of(CommonProblem line) {
    ProblemRow row = new ProblemRow();
    row.problem = line.getProblem();
    row.categoryCode = line.getCategoryCode();
    row.enterpriseCount = line.getEnterpriseCount();
    row.measures = line.getMeasures();
    row.deadline = line.getDeadline();
    row.status = line.getStatus();
    return row;
  }

  CommonProblem toProblem() {
    return new CommonProblem(
        problem,
        categoryCode,
        enterpriseCount == null ? 0 : enterpriseCount,
        measures,
        deadline,
        status);
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public Integer getEnterpriseCount() {
    return enterpriseCount;
  }

  public void setEnterpriseCount(Integer enterpriseCount) {
    this.enterpriseCount = enterpriseCount;
  }

  public String getMeasures() {
    return measures;
  }

  public void setMeasures(String measures) {
    this.measures = measures;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public ProblemStatus getStatus() {
    return status;
  }

  public void setStatus(ProblemStatus status) {
    this.status = status;
  }
}
