package org.cosqual.training.domain.model.course;

/** How a course is given. */
public enum Delivery {
  OFFLINE,
  ONLINE,
  BLENDED;

  /** Whether learners may complete it online, by its materials. */
  public boolean isOnline() {
    return this != OFFLINE;
  }
}
