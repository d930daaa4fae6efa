package org.cosqual.portal.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cosqual.personnel.application.FiledParticulars;
import org.cosqual.personnel.application.FilingService;
import org.cosqual.personnel.application.StaffArchiveService;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.filing.FilingKind;
import org.cosqual.personnel.domain.model.filing.FilingRevision;
import org.cosqual.personnel.domain.model.person.Degree;
import org.cosqual.personnel.domain.model.person.Education;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.personnel.domain.model.person.Particulars;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.Sex;
import org.cosqual.personnel.domain.model.person.WorkExperience;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.primefaces.model.file.UploadedFile;

/**
 * The filing form of an enterprise administrator: a new appointment ({@code ?enterprise=}), a
 * change or departure of an appointment ({@code ?appointment=&kind=}), or the correction of a
 * returned filing ({@code ?filing=}), which carries the version it was loaded at. A refusal keeps
 * everything typed.
 */
@Named("filingForm")
@ViewScoped
public class FilingFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient FilingService filings;
  @Inject transient StaffArchiveService archive;

  private Long enterpriseId;
  private Long appointmentId;
  private Long filingId;
  private long filingVersion;
  private FilingKind kind = FilingKind.APPOINTMENT;
  private String enterpriseName;
  private String maskedIdNumber;
  private boolean loaded;

  private KeyPosition position;
  private String name;
  private String phone;
  private String email;
  private IdType idType = IdType.RESIDENT_ID_CARD;
  private String idNumber;
  private LocalDate birthDate;
  private Sex sex;
  private Degree degree;
  private String major;
  private MajorField majorField;
  private String school;
  private Integer graduationYear;
  private String professionalTitle;
  private List<ExperienceRow> experiences = new ArrayList<>();
  private LocalDate effectiveOn;
  private String note;
  private Long documentFileId;
  private String documentName;
  private transient UploadedFile document;

  /** Reads what the parameters name, once per view. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded =
        PageActions.attempt(
            () -> {
              storeChosenDocument();
              if (filingId != null) {
                loadReturnedFiling();
              } else if (appointmentId != null) {
                loadAppointment();
              } else if (enterpriseId != null) {
                enterpriseName =
                    archive
                        .getEnterpriseStaff(enterpriseId)
                        .enterprise()
                        .getOrganisation()
                        .getName();
                kind = FilingKind.APPOINTMENT;
              }
            });
    if (experiences.isEmpty() && kind != FilingKind.DEPARTURE) {
      addExperience();
    }
  }

  private void loadAppointment() {
    Appointment appointment = archive.getAppointment(appointmentId);
    if (kind == FilingKind.APPOINTMENT) {
      kind = FilingKind.CHANGE;
    }
    enterpriseName = appointment.getEnterprise().getOrganisation().getName();
    position = appointment.getPosition();
    Person person = appointment.getPerson();
    name = person.getName();
    phone = person.getPhone();
    email = person.getEmail();
    person.particulars().ifPresent(p -> fill(p, person.getExperiences()));
  }

  private void loadReturnedFiling() {
    Filing filing = filings.getFiling(filingId).filing();
    filingVersion = filing.getVersion();
    kind = filing.getKind();
    position = filing.getPosition();
    enterpriseName = filing.getEnterprise().getOrganisation().getName();
    FilingRevision revision = filing.currentRevision();
    name = revision.getName();
    phone = revision.getPhone();
    email = revision.getEmail();
    effectiveOn = revision.getEffectiveOn();
    note = revision.getNote();
    documentFileId = revision.getDocumentFileId();
    if (revision.getParticulars() != null) {
      fill(revision.getParticulars(), revision.getExperiences());
    }
  }

  /** The particulars on file; the id number stays as it is unless a new one is typed. */
  private void fill(Particulars particulars, List<WorkExperience> jobs) {
    idType = particulars.getIdNumber().type();
    maskedIdNumber = particulars.getIdNumber().masked();
    birthDate = particulars.getBirthDate();
    sex = particulars.getSex();
    Education education = particulars.getEducation();
    degree = education.getDegree();
    major = education.getMajor();
    majorField = education.getMajorField();
    school = education.getSchool();
    graduationYear = education.getGraduationYear();
    professionalTitle = particulars.getProfessionalTitle();
    experiences = new ArrayList<>(jobs.stream().map(ExperienceRow::of).toList());
  }

  /**
   * Stores a chosen appointment document first, so that a refusal of the form keeps it: the
   * corrected form is sent without choosing the file again.
   */
  private void storeChosenDocument() {
    if (document == null || document.getSize() == 0) {
      return;
    }
    try (InputStream content = document.getInputStream()) {
      StoredFile stored = filings.uploadAppointmentDocument(document.getFileName(), content);
      documentFileId = stored.getId();
      documentName = stored.getFileName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      document = null;
    }
  }

  public void addExperience() {
    experiences.add(new ExperienceRow());
  }

  public void removeExperience(ExperienceRow row) {
    experiences.remove(row);
  }

  public String submit() {
    Long[] created = new Long[1];
    boolean done =
        PageActions.attempt(
            () -> {
              storeChosenDocument();
              if (filingId != null) {
                filings.resubmitFiling(
                    filingId, filingVersion, particulars(), effectiveOn, documentFileId, note);
                created[0] = filingId;
              } else if (kind == FilingKind.APPOINTMENT) {
                created[0] =
                    filings
                        .fileAppointment(
                            enterpriseId,
                            position,
                            particulars(),
                            effectiveOn,
                            documentFileId,
                            note)
                        .getId();
              } else if (kind == FilingKind.CHANGE) {
                created[0] =
                    filings
                        .fileChange(appointmentId, particulars(), effectiveOn, documentFileId, note)
                        .getId();
              } else {
                created[0] = filings.fileDeparture(appointmentId, effectiveOn, note).getId();
              }
            });
    if (!done) {
      return null;
    }
    PageMessages.info("personnel_filingForm.message.submitted", created[0]);
    PageMessages.keepForRedirect();
    return "/personnel/filing.xhtml?faces-redirect=true&id=" + created[0];
  }

  private FiledParticulars particulars() {
    return new FiledParticulars(
        name,
        phone,
        email,
        idType,
        idNumber,
        birthDate,
        sex,
        degree,
        major,
        majorField,
        school,
        graduationYear,
        professionalTitle,
        experiences.stream().map(ExperienceRow::toFiled).toList());
  }

  public boolean isDeparture() {
    return kind == FilingKind.DEPARTURE;
  }

  /** A new appointment chooses its position; changes and departures keep the appointment's. */
  public boolean isChoosingPosition() {
    return kind == FilingKind.APPOINTMENT && filingId == null;
  }

  public IdType[] getIdTypes() {
    return IdType.values();
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public Degree[] getDegrees() {
    return Degree.values();
  }

  public MajorField[] getMajorFields() {
    return MajorField.values();
  }

  public Industry[] getIndustries() {
    return Industry.values();
  }

  public ExperienceArea[] getAreas() {
    return ExperienceArea.values();
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public void setEnterpriseId(Long enterpriseId) {
    this.enterpriseId = enterpriseId;
  }

  public Long getAppointmentId() {
    return appointmentId;
  }

  public void setAppointmentId(Long appointmentId) {
    this.appointmentId = appointmentId;
  }

  public Long getFilingId() {
    return filingId;
  }

  public void setFilingId(Long filingId) {
    this.filingId = filingId;
  }

  public FilingKind getKind() {
    return kind;
  }

  /** Absent from the URL of a new appointment, which keeps the default. */
  public void setKind(FilingKind kind) {
    if (kind != null) {
      this.kind = kind;
    }
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public String getMaskedIdNumber() {
    return maskedIdNumber;
  }

  public boolean isLoaded() {
    return loaded;
  }

  public KeyPosition getPosition() {
    return position;
  }

  public void setPosition(KeyPosition position) {
    this.position = position;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public IdType getIdType() {
    return idType;
  }

  public void setIdType(IdType idType) {
    this.idType = idType;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public Degree getDegree() {
    return degree;
  }

  public void setDegree(Degree degree) {
    this.degree = degree;
  }

  public String getMajor() {
    return major;
  }

  public void setMajor(String major) {
    this.major = major;
  }

  public MajorField getMajorField() {
    return majorField;
  }

  public void setMajorField(MajorField majorField) {
    this.majorField = majorField;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public Integer getGraduationYear() {
    return graduationYear;
  }

  public void setGraduationYear(Integer graduationYear) {
    this.graduationYear = graduationYear;
  }

  public String getProfessionalTitle() {
    return professionalTitle;
  }

  public void setProfessionalTitle(String professionalTitle) {
    this.professionalTitle = professionalTitle;
  }

  public List<ExperienceRow> getExperiences() {
    return experiences;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public void setEffectiveOn(LocalDate effectiveOn) {
    this.effectiveOn = effectiveOn;
  }

  public UploadedFile getDocument() {
    return document;
  }

  public void setDocument(UploadedFile document) {
    this.document = document;
  }

  public String getDocumentName() {
    return documentName;
  }

  public Long getDocumentFileId() {
    return documentFileId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
