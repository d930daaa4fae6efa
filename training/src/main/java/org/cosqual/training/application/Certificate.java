package org.cosqual.training.application;

import org.cosqual.personnel.domain.model.document.IssuedDocument;
import org.cosqual.training.domain.model.assessment.AssessmentFiling;

/**
 * An assessment certificate: a confirmed, passed filing issued with a verification code.
 *
 * @param positionName the name of the key position the person was assessed as
 */
public record Certificate(IssuedDocument document, AssessmentFiling filing, String positionName) {}
