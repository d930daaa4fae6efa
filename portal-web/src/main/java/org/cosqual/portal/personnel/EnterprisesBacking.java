package org.cosqual.portal.personnel;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.EnterpriseRegistration;
import org.cosqual.personnel.application.EnterpriseService;
import org.cosqual.personnel.application.EnterpriseSheet;
import org.cosqual.personnel.application.spreadsheet.Spreadsheets;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseKind;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseQuery;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseSort;
import org.cosqual.personnel.domain.model.enterprise.EnterpriseStatus;
import org.cosqual.personnel.domain.model.enterprise.RiskGrade;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.portal.shell.FileDownload;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.portal.shell.PagedModel;
import org.cosqual.portal.shell.SheetLabels;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The enterprise list: filters above a lazy table that the service pages, sorts and scopes in the
 * database; regulators register an enterprise from a dialog and land on its page.
 */
@Named("enterpriseList")
@ViewScoped
public class EnterprisesBacking implements Serializable {

  private static final int EXPORT_PAGE = 1000;

  private static final long serialVersionUID = 1L;
  private static final String TABLE = "listForm:enterprises";

  @Inject transient EnterpriseService enterprises;
  @Inject transient Spreadsheets spreadsheets;
  @Inject transient Caller caller;

  private List<JurisdictionOption> jurisdictions;
  private boolean mayRegister;

  private String name;
  private String creditCode;
  private String jurisdictionCode;
  private boolean withSubordinates = true;
  private EnterpriseKind kind;
  private RiskGrade riskGrade;
  private EnterpriseStatus status;

  private final Registration registration = new Registration();

  private final LazyDataModel<Enterprise> rows =
      new PagedModel<>(
          () -> enterprises.countEnterprises(query(Map.of())),
          (first, pageSize, sortBy) -> enterprises.findEnterprises(query(sortBy), first, pageSize),
          Enterprise::getId);

  @PostConstruct
  void load() {
    jurisdictions = JurisdictionOption.of(enterprises.findJurisdictionsInScope());
    mayRegister = caller.has(Permission.ENTERPRISE_REGISTER);
  }

  /** The filters as typed, and the column the table is sorted by (tree order unless one is). */
  EnterpriseQuery query(Map<String, SortMeta> sortBy) {
    SortMeta sort = sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
    return new EnterpriseQuery(
        name,
        creditCode,
        jurisdictionCode,
        withSubordinates,
        kind,
        riskGrade,
        status,
        sort == null ? EnterpriseSort.JURISDICTION : EnterpriseSort.valueOf(sort.getField()),
        sort != null && sort.getOrder().isDescending());
  }

  /** New filters start again at the first page. */
  public void search() {
    DataTable table =
        (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
    table.setFirst(0);
  }

  public void clear() {
    name = null;
    creditCode = null;
    jurisdictionCode = null;
    withSubordinates = true;
    kind = null;
    riskGrade = null;
    status = null;
    search();
  }

  /** Registers the enterprise and opens its page; a refusal keeps the dialog as typed. */
  public String register() {
    try {
      Enterprise registered = enterprises.registerEnterprise(registration.toRegistration());
      PageMessages.info("personnel_enterprises.message.registered", registered.getName());
      PageMessages.keepForRedirect();
      return "/personnel/enterprise?faces-redirect=true&id=" + registered.getId();
    } catch (BusinessException refusal) {
      PageMessages.error(refusal);
      return null;
    }
  }

  /**
   * The enterprises the filters select, in the list's order, as an xlsx with the import's headers;
   * read page by page through the same scoped query as the table.
   */
  public StreamedContent getExport() {
    EnterpriseQuery query = query(Map.of());
    return DefaultStreamedContent.builder()
        .name(PageMessages.text("personnel_enterprises.title") + ".xlsx")
        .contentType(FileDownload.XLSX)
        .writer(
            out ->
                spreadsheets.writeList(
                    EnterpriseSheet.EXPORT, SheetLabels.chinese(), exportRows(query), out))
        .build();
  }

  private Iterable<List<?>> exportRows(EnterpriseQuery query) {
    return () ->
        Stream.iterate(0, first -> first + EXPORT_PAGE)
            .map(first -> enterprises.findEnterprises(query, first, EXPORT_PAGE))
            .takeWhile(page -> !page.isEmpty())
            .flatMap(List::stream)
            .<List<?>>map(
                e ->
                    Arrays.asList(
                        e.getName(),
                        e.getCreditCode().value(),
                        e.getLicenseNo() == null ? null : e.getLicenseNo().value(),
                        e.getKinds(),
                        null,
                        e.getJurisdiction().getCode(),
                        e.getAddress(),
                        e.getRiskGrade(),
                        e.getStatus()))
            .iterator();
  }

  public LazyDataModel<Enterprise> getRows() {
    return rows;
  }

  public List<JurisdictionOption> getJurisdictions() {
    return jurisdictions;
  }

  public boolean isMayRegister() {
    return mayRegister;
  }

  public EnterpriseKind[] getKinds() {
    return EnterpriseKind.values();
  }

  public RiskGrade[] getRiskGrades() {
    return RiskGrade.values();
  }

  public EnterpriseStatus[] getStatuses() {
    return EnterpriseStatus.values();
  }

  public Registration getRegistration() {
    return registration;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getJurisdictionCode() {
    return jurisdictionCode;
  }

  public void setJurisdictionCode(String jurisdictionCode) {
    this.jurisdictionCode = jurisdictionCode;
  }

  public boolean isWithSubordinates() {
    return withSubordinates;
  }

  public void setWithSubordinates(boolean withSubordinates) {
    this.withSubordinates = withSubordinates;
  }

  public EnterpriseKind getKind() {
    return kind;
  }

  public void setKind(EnterpriseKind kind) {
    this.kind = kind;
  }

  public RiskGrade getRiskGrade() {
    return riskGrade;
  }

  public void setRiskGrade(RiskGrade riskGrade) {
    this.riskGrade = riskGrade;
  }

  public EnterpriseStatus getStatus() {
    return status;
  }

  public void setStatus(EnterpriseStatus status) {
    this.status = status;
  }

  /** The register dialog's fields: the registered facts, the credit code and the address. */
  public static class Registration extends EnterpriseFactsForm {

    private static final long serialVersionUID = 1L;

    private String creditCode;
    private String address;

    EnterpriseRegistration toRegistration() {
      return new EnterpriseRegistration(
          getName(),
          creditCode,
          getLicenseNo(),
          chosenKinds(),
          isProducesItself(),
          getJurisdictionCode(),
          address);
    }

    public String getCreditCode() {
      return creditCode;
    }

    public void setCreditCode(String creditCode) {
      this.creditCode = creditCode;
    }

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }
  }
}
