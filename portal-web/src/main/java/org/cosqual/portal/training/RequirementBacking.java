package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.training.application.RequirementService;
import org.cosqual.training.application.TrainingLedgerService;
import org.cosqual.training.domain.model.requirement.AppliesTo;
import org.cosqual.training.domain.model.requirement.TrainingCategory;
import org.cosqual.training.domain.model.requirement.TrainingRequirement;

/**
 * The yearly training requirement: the hours a year asks for and the categories that count, set by
 * a province-wide administrator for this year or a later one; the others read it.
 */
@Named("requirement")
@ViewScoped
public class RequirementBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient RequirementService requirements;
  @Inject transient TrainingLedgerService ledger;
  @Inject transient Caller caller;
  @Inject transient Clock clock;

  private int year;
  private BigDecimal minimumHours;
  private String[] categories;
  private AppliesTo appliesTo;
  private long version;
  private boolean inherited;

  public void load() {
    if (year == 0) {
      year = LocalDate.now(clock).getYear();
    }
    TrainingRequirement inForce = requirements.requirementFor(year);
    inherited = inForce.getYear() != year;
    minimumHours = inForce.getMinimumHours();
    categories = inForce.getCountedCategories().toArray(String[]::new);
    appliesTo = inForce.getAppliesTo();
    version = inherited ? RequirementService.INHERITED : inForce.getVersion();
  }

  public void save() {
    if (PageActions.attempt(
        () ->
            requirements.setRequirement(
                year, minimumHours, Set.of(categories), appliesTo, version))) {
      PageMessages.info("training_requirement.message.saved", year);
      load();
    }
  }

  public boolean isCanChange() {
    return caller.has(Permission.REGULATION_MANAGE)
        && caller.isProvinceWide()
        && year >= LocalDate.now(clock).getYear();
  }

  /** Last year, this year and the next two. */
  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return List.of(now - 1, now, now + 1, now + 2);
  }

  public List<TrainingCategory> getAllCategories() {
    return ledger.findCategories();
  }

  public AppliesTo[] getAllAppliesTo() {
    return AppliesTo.values();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public BigDecimal getMinimumHours() {
    return minimumHours;
  }

  public void setMinimumHours(BigDecimal minimumHours) {
    this.minimumHours = minimumHours;
  }

  public String[] getCategories() {
    return categories;
  }

  public void setCategories(String[] categories) {
    this.categories = categories;
  }

  public AppliesTo getAppliesTo() {
    return appliesTo;
  }

  public void setAppliesTo(AppliesTo appliesTo) {
    this.appliesTo = appliesTo;
  }

  public boolean isInherited() {
    return inherited;
  }
}
