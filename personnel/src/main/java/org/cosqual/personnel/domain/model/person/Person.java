package org.cosqual.personnel.domain.model.person;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * A natural person the system knows: a regulator, or an enterprise's key staff with their archive
 * particulars (id number, education, title) and work history. Key staff particulars change only
 * through an approved filing.
 */
@Entity
@Table(name = "person")
@NamedQuery(
    name = "Person.findArchivedHashes",
    query =
        "select p.particulars.idNumber.hash from Person p"
            + " where p.particulars.idNumber.hash in :hashes")
@NamedQuery(
    name = "Person.findByIdNumberHash",
    query = "select p from Person p where p.particulars.idNumber.hash = :hash")
public class Person {

  public static final int NAME_MAX = 50;
  public static final int PHONE_MAX = 20;
  public static final int EMAIL_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(length = PHONE_MAX)
  private String phone;

  @Column(length = EMAIL_MAX)
  private String email;

  @Embedded private Particulars particulars;

  @ElementCollection
  @CollectionTable(name = "person_experience", joinColumns = @JoinColumn(name = "person_id"))
  @OrderBy("from")
  private List<WorkExperience> experiences = new ArrayList<>();

  @Version private long version;

  protected Person() {}

  public Person(String name, String phone, String email) {
    this.name = Fields.required(name, "general.personName", NAME_MAX);
    this.phone = Fields.optional(phone, "general.phone", PHONE_MAX);
    this.email = Fields.optional(email, "general.email", EMAIL_MAX);
  }

  /** Takes the particulars, contacts and work history of an approved filing. */
  public void takeParticulars(
      String name,
      String phone,
      String email,
      Particulars particulars,
      List<WorkExperience> experiences) {
    if (this.particulars != null
        && this.particulars.getIdNumber() != null
        && !this.particulars.getIdNumber().sameNumberAs(particulars.getIdNumber())) {
      throw new BusinessException("error.person.otherIdNumber");
    }
    this.name = Fields.required(name, "general.personName", NAME_MAX);
    this.phone = Fields.optional(phone, "general.phone", PHONE_MAX);
    this.email = Fields.optional(email, "general.email", EMAIL_MAX);
    this.particulars = particulars.copy();
    this.experiences.clear();
    experiences.stream().map(WorkExperience::copy).forEach(this.experiences::add);
  }

  /** Archive particulars; empty for a person known only as a user (a regulator, say). */
  public Optional<Particulars> particulars() {
    return Optional.ofNullable(particulars);
  }

  public Particulars getParticulars() {
    return particulars;
  }

  public List<WorkExperience> getExperiences() {
    return List.copyOf(experiences);
  }

  public Qualification qualification(LocalDate today) {
    return Qualification.assess(
        particulars == null ? null : particulars.getEducation(), experiences, today);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public long getVersion() {
    return version;
  }
}
