package org.cosqual.cases.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * One line of a common-problem list: the problem, its category (a term of kind {@code
 * PROBLEM_CATEGORY}), how many enterprises showed it, the measures asked for, by when, and where it
 * stands.
 */
@Embeddable
public class CommonProblem {

  public static final int PROBLEM_MAX = 1000;
  public static final int MEASURES_MAX = 2000;

  @Column(name = "problem", nullable = false, length = PROBLEM_MAX)
  private String problem;

  @Column(name = "category_code", nullable = false, length = 32)
  private String categoryCode;

  @Column(name = "enterprise_count", nullable = false)
  private int enterpriseCount;

  @Column(name = "measures", length = MEASURES_MAX)
  private String measures;

  @Column(name = "deadline")
  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ProblemStatus status;

  protected CommonProblem() {}

  public CommonProblem(
      String problem,
      String categoryCode,
      int enterpriseCount,
      String measures,
      LocalDate deadline,
      ProblemStatus status) {
    this.problem = problem;
    this.categoryCode = categoryCode;
    this.enterpriseCount = enterpriseCount;
    this.measures = measures;
    this.deadline = deadline;
    this.status = status;
  }

  CommonProblem checked() {
    if (enterpriseCount < 0) {
      throw new BusinessException("error.field.notNegative", "cases_item.enterpriseCount");
    }
    if (categoryCode == null || categoryCode.isBlank()) {
      throw new BusinessException("error.field.required", "cases_item.problemCategory");
    }
    return new CommonProblem(
        Fields.required(problem, "cases_item.problem", PROBLEM_MAX),
        categoryCode.strip(),
        enterpriseCount,
        Fields.optional(measures, "cases_item.measures", MEASURES_MAX),
        deadline,
        status == null ? ProblemStatus.OPEN : status);
  }

  public String getProblem() {
    return problem;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public int getEnterpriseCount() {
    return enterpriseCount;
  }

  public String getMeasures() {
    return measures;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public ProblemStatus getStatus() {
    return status;
  }
}
