package org.cosqual.portal.training;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.portal.shell.FileDownload;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.portal.verify.VerifyServlet;
import org.cosqual.training.application.ExternalTrainingReport;
import org.cosqual.training.application.MyTraining;
import org.cosqual.training.application.SessionService;
import org.cosqual.training.application.TrainingLedgerService;
import org.cosqual.training.application.Transcript;
import org.cosqual.training.domain.model.ledger.HourEntry;
import org.cosqual.training.domain.model.requirement.TrainingCategory;
import org.cosqual.training.domain.model.session.Enrolment;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * My training: a regulator's hours of the year against the requirement, the ledger, and the report
 * of training elsewhere with its certificate.
 */
@Named("myTraining")
@ViewScoped
public class MyTrainingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TrainingLedgerService ledger;
  @Inject transient FileDownload download;
  @Inject transient Clock clock;
  @Inject transient TranscriptPdf transcriptPdf;
  @Inject transient SessionService sessions;

  private int year;
  private transient MyTraining training;
  private transient List<Enrolment> upcoming;

  private String title;
  private String provider;
  private LocalDate trainedOn;
  private BigDecimal hours;
  private String categoryCode;
  private transient UploadedFile certificate;
  private Long certificateFileId;
  private String certificateName;

  public void load() {
    if (year == 0) {
      year = LocalDate.now(clock).getYear();
    }
    training = null;
  }

  public MyTraining getTraining() {
    if (training == null) {
      training = ledger.myTraining(year);
    }
    return training;
  }

  /** The sessions the person is enrolled in that have not ended. */
  public List<Enrolment> getUpcoming() {
    if (upcoming == null) {
      upcoming = sessions.findMyUpcomingSessions();
    }
    return upcoming;
  }

  /** The years a regulator looks back on: this one and the two before. */
  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return List.of(now, now - 1, now - 2);
  }

  public void report() {
    if (!storeChosenCertificate()) {
      return;
    }
    boolean done =
        PageActions.attempt(
            () ->
                ledger.reportExternalTraining(
                    new ExternalTrainingReport(
                        title, provider, trainedOn, hours, categoryCode, certificateFileId)));
    if (done) {
      PageMessages.info("training_my.message.reported", title.strip());
      title = null;
      provider = null;
      trainedOn = null;
      hours = null;
      categoryCode = null;
      certificateFileId = null;
      certificateName = null;
      training = null;
    }
  }

  /**
   * Stores a chosen certificate first, so that a refused report keeps it: the corrected form is
   * sent without choosing the file again. False when the file itself is refused.
   */
  private boolean storeChosenCertificate() {
    if (certificate == null || certificate.getSize() == 0) {
      return true;
    }
    try (InputStream content = certificate.getInputStream()) {
      return PageActions.attempt(
          () -> {
            StoredFile stored = ledger.uploadEvidence(certificate.getFileName(), content);
            certificateFileId = stored.getId();
            certificateName = stored.getFileName();
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      certificate = null;
    }
  }

  /** The training transcript as a PDF, with its verification code and QR code. */
  public void downloadTranscript() throws IOException {
    Transcript transcript = ledger.transcript(year);
    String name = transcript.document().getPerson().getName();
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    String address =
        VerifyServlet.address(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest(),
            transcript.document().getCode());
    Faces.sendFile(
        transcriptPdf.render(transcript, name, address, locale),
        transcriptPdf.fileName(transcript, name, locale),
        true);
  }

  public void openEvidence(HourEntry entry) {
    PageActions.attempt(
        () -> ledger.findEvidence(entry.getId()).ifPresent(file -> download.send(file, false)));
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public LocalDate getTrainedOn() {
    return trainedOn;
  }

  public void setTrainedOn(LocalDate trainedOn) {
    this.trainedOn = trainedOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public UploadedFile getCertificate() {
    return certificate;
  }

  public void setCertificate(UploadedFile certificate) {
    this.certificate = certificate;
  }

  public String getCertificateName() {
    return certificateName;
  }

  public List<TrainingCategory> getCategories() {
    return ledger.findCategories();
  }
}
