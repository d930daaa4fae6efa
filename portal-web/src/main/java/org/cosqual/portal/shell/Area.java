package org.cosqual.portal.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.domain.model.account.Permission;

/**
 * The portal's areas, one view folder each, with the permission its URL rule asks for (the same
 * strings as in shiro.ini) and its dashboard. In menu order; a user lands on the first they may
 * use.
 */
public enum Area {
  ADMIN("admin", Permission.ACCOUNT_MANAGE),
  AUDIT("audit", Permission.AUDIT_READ),
  REGULATION("regulation", Permission.REGULATION_MANAGE),
  REGULATOR("regulator", Permission.REGULATION_VIEW),
  ASSOCIATION("association", Permission.CONTENT_DRAFT),
  ENTERPRISE("enterprise", Permission.ENTERPRISE_OWN),
  STAFF("staff", Permission.LEARNING_OWN),
  PERSONNEL("personnel", Permission.ARCHIVE_READ);

  private final String folder;
  private final Permission permission;

  Area(String folder, Permission permission) {
    this.folder = folder;
    this.permission = permission;
  }

  public String getFolder() {
    return folder;
  }

  public String getDashboard() {
    return "/" + folder + "/index.xhtml";
  }

  public Permission getPermission() {
    return permission;
  }

  public static List<Area> openTo(Caller caller) {
    return Arrays.stream(values()).filter(area -> caller.has(area.permission)).toList();
  }

  /** The area a view belongs to, from the first folder of its path. */
  public static Optional<Area> ofView(String viewId) {
    return Arrays.stream(values())
        .filter(area -> viewId.startsWith("/" + area.folder + "/"))
        .findFirst();
  }
}
