package org.cosqual.training.application;

import org.cosqual.training.domain.model.ledger.YearLedger;
import org.cosqual.training.domain.model.requirement.Progress;
import org.cosqual.training.domain.model.requirement.TrainingRequirement;

/**
 * A person's training of one year: the entries, the requirement in force and the progress.
 *
 * @param bound whether the requirement binds the person (key staff only when the year's policy says
 *     so)
 */
public record MyTraining(
    int year,
    YearLedger ledger,
    TrainingRequirement requirement,
    Progress progress,
    boolean bound) {}
