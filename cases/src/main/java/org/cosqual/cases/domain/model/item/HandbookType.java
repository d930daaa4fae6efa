package org.cosqual.cases.domain.model.item;

/** Which kind of handbook a handbook item is. */
public enum HandbookType {
  /** 指南手册 / 工作指南. */
  GUIDE,
  /** 合规指引. */
  COMPLIANCE_GUIDE,
  /** 常见问题答疑手册: Q&A entries may belong to it. */
  QA_HANDBOOK
}
