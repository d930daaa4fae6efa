package org.cosqual.cases.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored file attached to a version; an image may be shown in the version's rich text. */
@Embeddable
public class Attachment {

  @Column(name = "file_id", nullable = false)
  private long fileId;

  @Column(name = "image", nullable = false)
  private boolean image;

  protected Attachment() {}

  public Attachment(long fileId, boolean image) {
    this.fileId = fileId;
    this.image = image;
  }

  public long getFileId() {
    return fileId;
  }

  public boolean isImage() {
    return image;
  }
}
