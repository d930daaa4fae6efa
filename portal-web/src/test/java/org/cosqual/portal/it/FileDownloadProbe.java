package org.cosqual.portal.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import org.cosqual.personnel.application.CallerIdentity;
import org.cosqual.personnel.application.FileStore;
import org.cosqual.personnel.domain.model.file.FileUse;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.portal.security.CurrentCaller;
import org.cosqual.portal.shell.FileDownload;

/**
 * Test-only backing bean of the test-only page {@link FileStoreIT#DOWNLOAD_PAGE}: stores the sample
 * PDF and sends it, as a real page would after its service checked the caller may see it.
 */
@Named
@RequestScoped
public class FileDownloadProbe {

  @Inject FileStore fileStore;
  @Inject FileDownload download;
  @Inject CurrentCaller caller;

  public void send() {
    caller.actAs(CallerIdentity.system());
    StoredFile file =
        fileStore.store(
            FileUse.APPOINTMENT_DOCUMENT,
            FileStoreIT.DOWNLOAD_NAME,
            new ByteArrayInputStream(FileStoreIT.PDF));
    download.send(file, true);
  }
}
