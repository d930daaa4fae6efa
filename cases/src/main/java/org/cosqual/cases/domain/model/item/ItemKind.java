package org.cosqual.cases.domain.model.item;

/** What an item is; the kind decides which particulars its versions carry. */
public enum ItemKind {
  /** 典型经验: a benchmark enterprise's experience. */
  BENCHMARK_CASE,
  /** 典型案例: a typical case, mostly a violation and how it was handled. */
  TYPICAL_CASE,
  /** 指南手册, 合规指引 or 答疑手册: chapters of sections. */
  HANDBOOK,
  /** 答疑: one question and its answer, possibly part of a Q&A handbook. */
  QA_ENTRY,
  /** 共性问题清单: the common problems of one period, published as a whole. */
  COMMON_PROBLEMS
}
