package org.cosqual.personnel.domain.model.enterprise;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * A cosmetics enterprise's registered facts, kept by regulators: credit code, production licence,
 * the roles it plays, risk grade and status. Its name and jurisdiction are those of its {@link
 * Organisation}; its contact details are the enterprise's own to keep. The credit code never
 * changes: it is the enterprise's identity (and its organisation's code).
 */
@Entity
@Table(name = "enterprise")
@NamedQuery(
    name = "Enterprise.findByCreditCode",
    query = "select e from Enterprise e where e.creditCode.value = :code")
@NamedQuery(
    name = "Enterprise.findInSubtree",
    query =
        "select e from Enterprise e join fetch e.organisation o join fetch o.jurisdiction j"
            + " where j.path like :pathPrefix order by j.path, o.name")
@NamedQuery(
    name = "Enterprise.findByIds",
    query =
        "select e from Enterprise e join fetch e.organisation o join fetch o.jurisdiction j"
            + " where e.id in :ids")
@NamedQuery(
    name = "Enterprise.findByOrganisation",
    query = "select e from Enterprise e where e.organisation.id = :organisationId")
public class Enterprise {

  public static final int NAME_MAX = 200;
  public static final int ADDRESS_MAX = 200;
  public static final int PHONE_MAX = 20;
  public static final int CONTACT_MAX = 50;
  public static final int EMAIL_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id", nullable = false, unique = true)
  private Organisation organisation;

  @Embedded
  @AttributeOverride(name = "value", column = @Column(name = "credit_code", nullable = false))
  private CreditCode creditCode;

  @Embedded private LicenseNo licenseNo;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "enterprise_kind", joinColumns = @JoinColumn(name = "enterprise_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 32)
  private Set<EnterpriseKind> kinds = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_grade", length = 1)
  private RiskGrade riskGrade;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EnterpriseStatus status = EnterpriseStatus.ACTIVE;

  @Column(length = ADDRESS_MAX)
  private String address;

  @Column(length = PHONE_MAX)
  private String phone;

  @Column(name = "contact_name", length = CONTACT_MAX)
  private String contactName;

  @Column(name = "contact_phone", length = PHONE_MAX)
  private String contactPhone;

  @Column(name = "contact_email", length = EMAIL_MAX)
  private String contactEmail;

  @Version private long version;

  protected Enterprise() {}

  /**
   * Registers an enterprise. A production licence is required when it produces itself or makes
   * products for others; a filer (备案人) without its own plant may have none.
   */
  public Enterprise(
      Organisation organisation,
      CreditCode creditCode,
      LicenseNo licenseNo,
      Set<EnterpriseKind> kinds,
      boolean producesItself,
      String address) {
    if (organisation.getKind() != OrganisationKind.ENTERPRISE) {
      throw new IllegalArgumentException("Not an enterprise: " + organisation.getCode());
    }
    checkKinds(kinds, licenseNo, producesItself);
    this.organisation = organisation;
    this.creditCode = Objects.requireNonNull(creditCode);
    this.licenseNo = licenseNo;
    this.kinds.addAll(kinds);
    this.address = Fields.optional(address, "general.address", ADDRESS_MAX);
  }

  /** At least one role, and a licence for an enterprise that makes products. */
  static void checkKinds(Set<EnterpriseKind> kinds, LicenseNo licenseNo, boolean producesItself) {
    if (kinds == null || kinds.isEmpty()) {
      throw new BusinessException("error.enterprise.noKind");
    }
    if (licenseNo == null
        && (producesItself || kinds.contains(EnterpriseKind.CONTRACT_MANUFACTURER))) {
      throw new BusinessException("error.enterprise.licenseRequired");
    }
  }

  /**
   * A regulator's change of the registered facts: name, licence, roles and jurisdiction (checked as
   * at registration), risk grade (null: not graded) and status. Everything is checked before
   * anything changes.
   */
  public void changeRegistration(
      String name,
      LicenseNo newLicenseNo,
      Set<EnterpriseKind> newKinds,
      boolean producesItself,
      JurisdictionNode jurisdiction,
      RiskGrade newRiskGrade,
      EnterpriseStatus newStatus) {
    String checkedName = Fields.required(name, "general.enterpriseName", NAME_MAX);
    checkKinds(newKinds, newLicenseNo, producesItself);
    if (newStatus == null) {
      throw new BusinessException("error.field.required", "general.status");
    }
    organisation.rename(checkedName);
    organisation.moveTo(Objects.requireNonNull(jurisdiction));
    licenseNo = newLicenseNo;
    kinds.clear();
    kinds.addAll(newKinds);
    riskGrade = newRiskGrade;
    status = newStatus;
  }

  /** The enterprise's own contact details; all optional, phone numbers and e-mail checked. */
  public void changeContact(
      String newAddress,
      String newPhone,
      String newContactName,
      String newContactPhone,
      String newContactEmail) {
    String checkedAddress = Fields.optional(newAddress, "general.address", ADDRESS_MAX);
    String checkedPhone = Fields.phone(newPhone, "general.phone", PHONE_MAX);
    String checkedName = Fields.optional(newContactName, "general.contactName", CONTACT_MAX);
    String checkedContactPhone = Fields.phone(newContactPhone, "general.contactPhone", PHONE_MAX);
    String checkedEmail = Fields.email(newContactEmail, "general.contactEmail", EMAIL_MAX);
    address = checkedAddress;
    phone = checkedPhone;
    contactName = checkedName;
    contactPhone = checkedContactPhone;
    contactEmail = checkedEmail;
  }

  public Long getId() {
    return id;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public CreditCode getCreditCode() {
    return creditCode;
  }

  public LicenseNo getLicenseNo() {
    return licenseNo;
  }

  public Set<EnterpriseKind> getKinds() {
    return kinds.isEmpty() ? EnumSet.noneOf(EnterpriseKind.class) : EnumSet.copyOf(kinds);
  }

  public RiskGrade getRiskGrade() {
    return riskGrade;
  }

  public EnterpriseStatus getStatus() {
    return status;
  }

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getName() {
    return organisation.getName();
  }

  public JurisdictionNode getJurisdiction() {
    return organisation.getJurisdiction();
  }

  public long getVersion() {
    return version;
  }
}
