package org.cosqual.cases.domain.model.item;

/** How far the rectification of a common problem has come. */
public enum ProblemStatus {
  OPEN,
  RECTIFYING,
  RESOLVED
}
