package org.cosqual.portal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cosqual.personnel.application.StaffArchive;
import org.cosqual.personnel.application.StaffArchiveService;

/** The key-staff member's own archive, as regulators see it but without their actions. */
@Named("ownArchive")
@RequestScoped
public class ArchiveBacking {

  @Inject StaffArchiveService archive;

  private StaffArchive own;
  private boolean loaded;

  public StaffArchive getArchive() {
    if (!loaded) {
      own = archive.findOwnArchive().orElse(null);
      loaded = true;
    }
    return own;
  }
}
