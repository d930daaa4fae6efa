package org.cosqual.portal.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cosqual.personnel.application.FilingService;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.filing.Filing;
import org.cosqual.personnel.domain.model.filing.FilingKind;
import org.cosqual.personnel.domain.model.filing.FilingQuery;
import org.cosqual.portal.shell.PagedModel;
import org.primefaces.model.LazyDataModel;

/**
 * A regulator's work queue: filings waiting for review in their jurisdiction, oldest first,
 * narrowed by enterprise, kind and position and paged in the database.
 */
@Named("filings")
@ViewScoped
public class FilingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient FilingService filingService;

  private String enterpriseName;
  private FilingKind kind;
  private KeyPosition position;

  private final LazyDataModel<Filing> queue =
      new PagedModel<>(
          () -> filingService.countWorkQueue(query()),
          (first, pageSize, sortBy) -> filingService.findWorkQueue(query(), first, pageSize),
          Filing::getId);

  private FilingQuery query() {
    return new FilingQuery(enterpriseName, kind, position);
  }

  public LazyDataModel<Filing> getQueue() {
    return queue;
  }

  public FilingKind[] getKinds() {
    return FilingKind.values();
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public void setEnterpriseName(String enterpriseName) {
    this.enterpriseName = enterpriseName;
  }

  public FilingKind getKind() {
    return kind;
  }

  public void setKind(FilingKind kind) {
    this.kind = kind;
  }

  public KeyPosition getPosition() {
    return position;
  }

  public void setPosition(KeyPosition position) {
    this.position = position;
  }
}
