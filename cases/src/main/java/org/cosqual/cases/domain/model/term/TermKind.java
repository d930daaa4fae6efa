package org.cosqual.cases.domain.model.term;

/** Which vocabulary a term belongs to. */
public enum TermKind {
  /** A topic items are filed under (法规解读, 质量体系 …). */
  TOPIC,
  /** The category of a common problem (质量体系文件, 生产一致性 …). */
  PROBLEM_CATEGORY
}
