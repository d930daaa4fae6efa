package org.cosqual.training.application;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.training.domain.model.ledger.HourEntry;
import org.cosqual.training.domain.model.requirement.TrainingCategory;

/**
 * The hour ledger: what people report and administrators decide, and where a person stands against
 * the year's requirement.
 */
public interface TrainingLedgerService {

  /** The caller's own training of a year. */
  MyTraining myTraining(int year);

  /**
   * The caller's transcript of a year (the training transcript), issued by their unit with a
   * verification code; the same code again while nothing it states has changed.
   */
  Transcript transcript(int year);

  List<TrainingCategory> findCategories();

  /** Stores a certificate before the report that names it, so a refused report keeps it. */
  StoredFile uploadEvidence(String fileName, InputStream content);

  /**
   * Reports training elsewhere for the caller; it counts once an administrator approves it.
   *
   * @throws org.cosqual.personnel.domain.shared.BusinessException for hours that are not positive
   *     half-hour steps, a future date, a missing certificate or category
   */
  HourEntry reportExternalTraining(ExternalTrainingReport report);

  /** Reports waiting for a decision, of people in the caller's jurisdiction subtree. */
  List<HourEntry> findPendingEntries();

  HourEntry approveEntry(long entryId, long version);

  HourEntry rejectEntry(long entryId, long version, String reason);

  /**
   * Credits hours to a regulator of the caller's jurisdiction by hand, approved at once and audited
   * with the reason; never to oneself.
   */
  HourEntry correctHours(long personId, HourCorrection correction);

  /** An entry's certificate, for its owner or an administrator whose scope covers them. */
  Optional<StoredFile> findEvidence(long entryId);
}
