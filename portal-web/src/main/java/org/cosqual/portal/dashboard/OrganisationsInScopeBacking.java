package org.cosqual.portal.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cosqual.personnel.application.OrganisationService;
import org.cosqual.personnel.domain.model.organisation.Organisation;

/**
 * The organisations the signed-in user may see, for the dashboards' "my scope" panel: a regulator's
 * jurisdiction subtree, or an enterprise's or association's own organisation.
 */
@Named("organisationsInScope")
@RequestScoped
public class OrganisationsInScopeBacking {

  @Inject OrganisationService organisations;

  private List<Organisation> visible;

  @PostConstruct
  void load() {
    visible = organisations.findVisibleOrganisations(null);
  }

  public List<Organisation> getVisible() {
    return visible;
  }
}
