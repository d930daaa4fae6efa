package org.cosqual.training.application;

import org.cosqual.personnel.domain.model.document.IssuedDocument;

/**
 * The training transcript: a person's approved training of a year, issued with a verification code.
 *
 * @param unit the name of the person's unit, which issues it
 */
public record Transcript(IssuedDocument document, MyTraining training, String unit) {}
