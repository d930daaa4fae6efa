package org.cosqual.training.domain.model.compliance;

import java.util.List;
import java.util.Set;

/** The reads of the compliance report, aggregated in the database. */
public interface ComplianceQueries {

  /**
   * Every enabled regulator (REGULATOR or REGULATOR_ADMIN) whose unit lies in a jurisdiction
   * subtree, with their counted hours of a year (zero when they have none).
   */
  List<RegulatorHours> regulatorHours(String pathPrefix, int year, Set<String> countedCategories);
}
