package org.cosqual.personnel.domain.model.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cosqual.personnel.testing.TestEntities;

/** Appointments in a list, found and ordered as the named queries do. */
public class FakeAppointmentRepository implements AppointmentRepository {

  private static final Comparator<Appointment> NEWEST_FIRST =
      Comparator.comparing((Appointment a) -> a.getTerm().getFrom()).reversed();

  private final List<Appointment> all = new ArrayList<>();
  private long nextId = 700;

  @Override
  public Optional<Appointment> find(long id) {
    return all.stream().filter(a -> a.getId() == id).findFirst();
  }

  @Override
  public List<Appointment> findByPerson(long personId) {
    return select(a -> a.getPerson().getId() == personId, NEWEST_FIRST);
  }

  @Override
  public List<Appointment> findByEnterprise(long enterpriseId) {
    return select(
        a -> a.getEnterprise().getId() == enterpriseId,
        Comparator.comparing((Appointment a) -> a.getPosition().code())
            .thenComparing(NEWEST_FIRST));
  }

  @Override
  public List<Appointment> findByPersonAndPosition(long personId, KeyPosition position) {
    return select(
        a -> a.getPerson().getId() == personId && a.getPosition().equals(position), NEWEST_FIRST);
  }

  @Override
  public List<Appointment> findByEnterpriseAndPosition(long enterpriseId, KeyPosition position) {
    return select(
        a -> a.getEnterprise().getId() == enterpriseId && a.getPosition().equals(position),
        NEWEST_FIRST);
  }

  @Override
  public boolean hasSeveralHolders(KeyPosition position, LocalDate day) {
    return all.stream()
        .filter(a -> a.getPosition().equals(position) && a.getTerm().covers(day))
        .collect(Collectors.groupingBy(a -> a.getEnterprise().getId(), Collectors.counting()))
        .values()
        .stream()
        .anyMatch(count -> count > 1);
  }

  @Override
  public List<Appointment> findCurrentInSubtree(
      String pathPrefix, Collection<KeyPosition> positions, LocalDate day) {
    return all.stream()
        .filter(a -> inSubtree(a, pathPrefix))
        .filter(a -> positions.contains(a.getPosition()) && a.getTerm().covers(day))
        .sorted(Comparator.comparing(Appointment::getId))
        .toList();
  }

  private static boolean inSubtree(Appointment a, String pathPrefix) {
    return a.getEnterprise().getOrganisation().getJurisdiction().getPath().startsWith(pathPrefix);
  }

  @Override
  public List<AppointmentKey> findKeysInSubtree(String pathPrefix) {
    return all.stream()
        .filter(a -> inSubtree(a, pathPrefix))
        .map(
            a ->
                new AppointmentKey(
                    a.getEnterprise().getId(),
                    a.getPosition(),
                    a.getPerson().getParticulars().getIdNumber().hash(),
                    a.getTerm().getFrom()))
        .toList();
  }

  @Override
  public Appointment store(Appointment appointment) {
    if (appointment.getId() == null) {
      TestEntities.withId(appointment, nextId++);
      all.add(appointment);
    }
    return appointment;
  }

  public List<Appointment> all() {
    return List.copyOf(all);
  }

  private List<Appointment> select(Predicate<Appointment> which, Comparator<Appointment> order) {
    return all.stream().filter(which).sorted(order).toList();
  }
}
