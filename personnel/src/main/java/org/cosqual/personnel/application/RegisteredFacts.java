package org.cosqual.personnel.application;

import java.util.Set;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseStatus;
import org.cosqual.personnel.domain.model.enterprise.RiskGrade;

/**
 * What a regulator may change of a registered enterprise: name, production licence (blank for a
 * filer without its own plant), roles, jurisdiction (a node code inside the regulator's own
 * subtree), risk grade (null: not graded) and status. The credit code never changes.
 */
public record RegisteredFacts(
    String name,
    String licenseNo,
    Set<EnterpriseKind> kinds,
    boolean producesItself,
    String jurisdictionCode,
    RiskGrade riskGrade,
    EnterpriseStatus status) {}
