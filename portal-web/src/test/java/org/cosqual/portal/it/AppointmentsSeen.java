package org.cosqual.portal.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cosqual.personnel.application.AppointmentApproved;

/** Observes the event later modules rely on, as they will. */
@ApplicationScoped
public class AppointmentsSeen {

  private final List<AppointmentApproved> seen = new CopyOnWriteArrayList<>();

  void record(@Observes AppointmentApproved event) {
    seen.add(event);
  }

  public List<AppointmentApproved> all() {
    return List.copyOf(seen);
  }
}
