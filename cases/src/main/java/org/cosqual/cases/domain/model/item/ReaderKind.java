package org.cosqual.cases.domain.model.item;

import java.util.EnumSet;
import java.util.Set;
import org.cosqual.personnel.domain.model.account.Role;

/** The kinds of reader the visibilities speak of, and what each may read. */
public enum ReaderKind {
  PUBLIC(EnumSet.of(Visibility.PUBLIC)),
  ENTERPRISE(EnumSet.of(Visibility.PUBLIC, Visibility.ENTERPRISES)),
  REGULATOR(EnumSet.allOf(Visibility.class));

  private final Set<Visibility> readable;

  ReaderKind(Set<Visibility> readable) {
    this.readable = readable;
  }

  public Set<Visibility> readable() {
    return EnumSet.copyOf(readable);
  }

  public boolean mayRead(Visibility visibility) {
    return readable.contains(visibility);
  }

  /**
   * Regulators read everything; enterprise users, their key staff and association editors what is
   * for enterprises; everyone else (the anonymous visitor, the system and audit administrators)
   * what is public.
   */
  public static ReaderKind of(Set<Role> roles) {
    if (roles.contains(Role.REGULATOR_ADMIN) || roles.contains(Role.REGULATOR)) {
      return REGULATOR;
    }
    if (roles.contains(Role.ENTERPRISE_ADMIN)
        || roles.contains(Role.KEY_STAFF)
        || roles.contains(Role.ASSOCIATION_EDITOR)) {
      return ENTERPRISE;
    }
    return PUBLIC;
  }
}
