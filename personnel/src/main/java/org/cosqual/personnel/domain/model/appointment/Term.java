package org.cosqual.personnel.domain.model.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import org.cosqual.personnel.domain.shared.BusinessException;

/** The days an appointment runs, both ends included; an open end means it goes on. */
@Embeddable
public class Term {

  @Column(name = "from_date", nullable = false)
  private LocalDate from;

  @Column(name = "to_date")
  private LocalDate to;

  protected Term() {}

  /**
   * @throws BusinessException without a start, or with an end before the start
   */
  public Term(LocalDate from, LocalDate to) {
    if (from == null) {
      throw new BusinessException("error.field.required", "general.fromDate");
    }
    if (to != null && to.isBefore(from)) {
      throw new BusinessException("error.dates.endBeforeStart", from, to);
    }
    this.from = from;
    this.to = to;
  }

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getTo() {
    return to;
  }

  public boolean overlaps(Term other) {
    return (to == null || !to.isBefore(other.from))
        && (other.to == null || !other.to.isBefore(from));
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }

  /** This term ended on the given day. */
  public Term endingOn(LocalDate day) {
    return new Term(from, day);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Term t && from.equals(t.from) && Objects.equals(to, t.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }

  @Override
  public String toString() {
    return from + "~" + (to == null ? "" : to);
  }
}
