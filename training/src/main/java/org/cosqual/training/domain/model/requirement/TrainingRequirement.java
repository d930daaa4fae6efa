package org.cosqual.training.domain.model.requirement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.training.domain.model.ledger.Hours;

/**
 * The yearly training requirement: the hours a year asks for, the categories that count as
 * quality-system training and whom it binds. Each year has its own row, so changing next year's
 * never changes this year's results; a year without a row takes the latest earlier one's.
 */
@Entity
@Table(name = "training_requirement")
@NamedQuery(
    name = "TrainingRequirement.findLatestUpTo",
    query = "select r from TrainingRequirement r where r.year <= :year order by r.year desc")
@NamedQuery(
    name = "TrainingRequirement.findEarliest",
    query = "select r from TrainingRequirement r order by r.year")
public class TrainingRequirement {

  @Id
  @Column(name = "year_no")
  private int year;

  @Column(name = "minimum_hours", nullable = false, precision = 5, scale = 1)
  private BigDecimal minimumHours;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "training_requirement_category",
      joinColumns = @JoinColumn(name = "year_no"))
  @Column(name = "category_code", length = 32)
  private Set<String> countedCategories = new TreeSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "applies_to", nullable = false, length = 32)
  private AppliesTo appliesTo;

  @Column(name = "set_by", nullable = false, length = 64)
  private String setBy;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  @Version private long version;

  protected TrainingRequirement() {}

  public TrainingRequirement(int year) {
    this.year = year;
  }

  /** A year's own copy of the rule it inherited, before it is changed. */
  public TrainingRequirement copyFor(int otherYear) {
    TrainingRequirement copy = new TrainingRequirement(otherYear);
    copy.minimumHours = minimumHours;
    copy.countedCategories = new TreeSet<>(countedCategories);
    copy.appliesTo = appliesTo;
    copy.setBy = setBy;
    copy.setAt = setAt;
    return copy;
  }

  /**
   * @param minimum at least one hour, in half-hour steps
   * @param categories the codes of the categories that count; at least one
   */
  public void change(
      BigDecimal minimum, Set<String> categories, AppliesTo appliesTo, String by, Instant at) {
    Hours hours = Hours.credited(minimum, "training_requirement.minimumHours");
    if (categories == null || categories.isEmpty()) {
      throw new BusinessException("error.field.required", "training_requirement.categories");
    }
    this.minimumHours = hours.value();
    this.countedCategories = new TreeSet<>(categories);
    this.appliesTo = Objects.requireNonNull(appliesTo);
    this.setBy = by;
    this.setAt = at;
  }

  public boolean counts(String categoryCode) {
    return countedCategories.contains(categoryCode);
  }

  public int getYear() {
    return year;
  }

  public BigDecimal getMinimumHours() {
    return minimumHours;
  }

  public Set<String> getCountedCategories() {
    return Set.copyOf(countedCategories);
  }

  public AppliesTo getAppliesTo() {
    return appliesTo;
  }

  public String getSetBy() {
    return setBy;
  }

  public Instant getSetAt() {
    return setAt;
  }

  public long getVersion() {
    return version;
  }
}
