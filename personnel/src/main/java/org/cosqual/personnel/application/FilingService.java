package org.cosqual.personnel.application;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.filing.FilingQuery;

/**
 * What enterprises and regulators do with filings (备案): an enterprise administrator files an
 * appointment, a change or a departure of its key staff; a regulator of the enterprise's
 * jurisdiction approves it or returns it with a reason; the enterprise corrects and resubmits.
 */
public interface FilingService {

  Filing fileAppointment(
      long enterpriseId,
      KeyPosition position,
      FiledParticulars person,
      LocalDate from,
      Long documentFileId,
      String note);

  Filing fileChange(
      long appointmentId,
      FiledParticulars person,
      LocalDate effectiveOn,
      Long documentFileId,
      String note);

  Filing fileDeparture(long appointmentId, LocalDate lastDay, String note);

  /**
   * An enterprise administrator uploads an appointment document (PDF, JPEG or PNG by content, at
   * most 10 MB) to attach to a filing by the returned file's id.
   */
  StoredFile uploadAppointmentDocument(String fileName, InputStream content);

  /** The document attached to a filing's current revision, if the caller may see the filing. */
  Optional<StoredFile> findFilingDocument(long filingId);

  /** The corrected filing after a return, made from the version the form was loaded at. */
  void resubmitFiling(
      long filingId,
      long version,
      FiledParticulars person,
      LocalDate effectiveOn,
      Long documentFileId,
      String note);

  /** Applies the filing to the archive; for an appointment, fires {@code AppointmentApproved}. */
  void approveFiling(long filingId, long version, String comment);

  void returnFiling(long filingId, long version, String reason);

  /** The filing with its revisions, review steps, the diff against the archive and warnings. */
  FilingDetails getFiling(long filingId);

  /**
   * A regulator's work queue: pending filings of enterprises in their jurisdiction, oldest first.
   */
  default List<Filing> findWorkQueue() {
    return findWorkQueue(FilingQuery.all(), 0, Integer.MAX_VALUE);
  }

  /** One page of the work queue, narrowed by the query, in the database. */
  List<Filing> findWorkQueue(FilingQuery query, int first, int pageSize);

  long countWorkQueue(FilingQuery query);

  long countPendingFilings();

  /** An enterprise's filings, newest first, for its administrator or a regulator over it. */
  List<Filing> findEnterpriseFilings(long enterpriseId);
}
