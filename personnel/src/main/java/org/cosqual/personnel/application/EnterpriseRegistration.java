package org.cosqual.personnel.application;

import java.util.Set;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;

/**
 * What a regulator enters to register an enterprise: its name, 统一社会信用代码, production licence (blank
 * for a filer without its own plant), roles, and the jurisdiction it lies in.
 */
public record EnterpriseRegistration(
    String name,
    String creditCode,
    String licenseNo,
    Set<EnterpriseKind> kinds,
    boolean producesItself,
    String jurisdictionCode,
    String address) {}
