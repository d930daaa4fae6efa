package org.cosqual.personnel.application;

import java.util.List;
import org.cosqual.personnel.domain.model.filing.FieldChange;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.person.Qualification;
import org.cosqual.personnel.domain.model.review.ReviewStep;

/**
 * A filing as its reviewer sees it: the filing, its review steps, the current revision beside the
 * archive, and for a quality safety officer the qualification check (flagged, never blocking).
 */
public record FilingDetails(
    Filing filing,
    List<ReviewStep> steps,
    List<FieldChange> changes,
    Qualification qualification) {}
