package org.cosqual.portal.personnel;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cosqual.personnel.application.FilingService;
import org.cosqual.personnel.domain.model.filing.Filing;

/** A regulator's work queue: filings waiting for review in their jurisdiction, oldest first. */
@Named("filings")
@ViewScoped
public class FilingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient FilingService filingService;

  private List<Filing> queue;

  @PostConstruct
  void load() {
    queue = filingService.findWorkQueue();
  }

  public List<Filing> getQueue() {
    return queue;
  }
}
