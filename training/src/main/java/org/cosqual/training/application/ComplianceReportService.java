package org.cosqual.training.application;

import org.cosqual.training.domain.model.compliance.ComplianceReport;

/** The training compliance of the regulators in the caller's jurisdiction. */
public interface ComplianceReportService {

  /**
   * The report of a year, judged today (a past year on its whole length), for a regulator
   * administrator's subtree.
   */
  ComplianceReport complianceReport(int year);
}
