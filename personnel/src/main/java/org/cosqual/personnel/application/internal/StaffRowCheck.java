package org.cosqual.personnel.application.internal;

import static org.cosqual.personnel.application.StaffSheet.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cosqual.personnel.application.StaffSheet;
import org.cosqual.personnel.application.spreadsheet.RowError;
import org.cosqual.personnel.application.spreadsheet.SheetRow;
import org.cosqual.personnel.domain.model.appointment.AppointmentKey;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.Term;
import org.cosqual.personnel.domain.model.enterprise.CreditCode;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Degree;
import org.cosqual.personnel.domain.model.person.Education;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.IdNumber;
import org.cosqual.personnel.domain.model.person.IdNumberProtector;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.MajorField;
import org.cosqual.personnel.domain.model.person.Particulars;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.WorkExperience;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * Checks the rows of one staff file before anything is saved: each value by its own rules (the id
 * number's check digit, the enterprise within the caller's jurisdiction), plus what only a file can
 * get wrong (the same appointment twice). A row already in the archive is left unchanged. The
 * archive rules over other appointments (one-licence-one-person, single holders, bans) run when the
 * row is saved.
 */
public final class StaffRowCheck {

  /** A row to record, or one left as it is, or the reasons it is refused. */
  public record Checked(
      int row,
      Enterprise enterprise,
      KeyPosition position,
      Term term,
      String name,
      String phone,
      Particulars particulars,
      List<WorkExperience> experiences,
      boolean unchanged,
      List<RowError> errors,
      boolean mayBeArchived) {

    static Checked refused(int row, List<RowError> errors) {
      return new Checked(row, null, null, null, null, null, null, List.of(), false, errors, true);
    }

    /**
     * Whether the person may be in the archive when the row is saved: archived before the import,
     * or on an earlier row of the file. Only then is the person looked up.
     */
    Checked mayBeArchived(boolean may) {
      return new Checked(
          row,
          enterprise,
          position,
          term,
          name,
          phone,
          particulars,
          experiences,
          unchanged,
          errors,
          may);
    }
  }

  private final Map<CreditCode, Enterprise> inScope;
  private final Set<AppointmentKey> archived;
  private final IdNumberProtector protector;
  private final Clock clock;
  private final Map<AppointmentKey, Integer> firstRow = new HashMap<>();

  /**
   * @param inScope the enterprises of the caller's jurisdiction subtree by credit code
   * @param archived the appointments the archive holds there already
   */
  StaffRowCheck(
      Map<CreditCode, Enterprise> inScope,
      Set<AppointmentKey> archived,
      IdNumberProtector protector,
      Clock clock) {
    this.inScope = inScope;
    this.archived = archived;
    this.protector = protector;
    this.clock = clock;
  }

  Checked check(SheetRow row) {
    List<RowError> errors = new ArrayList<>();
    int number = row.number();
    Enterprise enterprise = RowError.attempt(errors, number, CREDIT_CODE, () -> enterprise(row));
    KeyPosition position =
        row.options(POSITION).stream().findFirst().map(StaffSheet::position).orElse(null);
    Term term = RowError.attempt(errors, number, FROM, () -> new Term(row.date(FROM), null));
    String name =
        RowError.attempt(
            errors, number, NAME, () -> Fields.required(row.text(NAME), NAME, Person.NAME_MAX));
    String phone =
        RowError.attempt(
            errors, number, PHONE, () -> Fields.optional(row.text(PHONE), PHONE, Person.PHONE_MAX));
    IdNumber idNumber =
        RowError.attempt(
            errors,
            number,
            ID_NUMBER,
            () -> IdNumber.of(single(row, ID_TYPE, IdType.class), row.text(ID_NUMBER), clock));
    Education education =
        RowError.attempt(
            errors,
            number,
            MAJOR,
            () ->
                new Education(
                    single(row, DEGREE, Degree.class),
                    row.text(MAJOR),
                    single(row, MAJOR_FIELD, MajorField.class),
                    row.text(SCHOOL),
                    year(row),
                    clock));
    List<WorkExperience> jobs = RowError.attempt(errors, number, EMPLOYER, () -> jobs(row));
    if (!errors.isEmpty()) {
      return Checked.refused(number, errors);
    }
    Particulars particulars =
        RowError.attempt(
            errors,
            number,
            ID_NUMBER,
            () -> new Particulars(idNumber, protector, null, null, education, row.text(TITLE)));
    if (!errors.isEmpty()) {
      return Checked.refused(number, errors);
    }
    AppointmentKey key =
        new AppointmentKey(
            enterprise.getId(), position, particulars.getIdNumber().hash(), term.getFrom());
    Integer first = firstRow.putIfAbsent(key, number);
    if (first != null) {
      return Checked.refused(
          number,
          List.of(
              RowError.of(number, ID_NUMBER, "error.staffImport.duplicateRow", idNumber, first)));
    }
    boolean unchanged = archived.contains(key);
    return new Checked(
        number,
        enterprise,
        position,
        term,
        name,
        phone,
        particulars,
        jobs,
        unchanged,
        List.of(),
        true);
  }

  private Enterprise enterprise(SheetRow row) {
    CreditCode code = CreditCode.of(row.text(CREDIT_CODE));
    Enterprise enterprise = inScope.get(code);
    if (enterprise == null) {
      throw new BusinessException("error.staffImport.enterpriseUnknown", code.value());
    }
    return enterprise;
  }

  /** One job, when the row gives one: all its cells or none. */
  private static List<WorkExperience> jobs(SheetRow row) {
    String employer = row.text(EMPLOYER);
    if (employer == null && row.date(JOB_FROM) == null) {
      return List.of();
    }
    return List.of(
        new WorkExperience(
            employer,
            row.date(JOB_FROM),
            row.date(JOB_TO),
            single(row, INDUSTRY, Industry.class),
            single(row, AREA, ExperienceArea.class),
            null));
  }

  private static Integer year(SheetRow row) {
    Long year = row.integer(GRADUATION_YEAR);
    return year == null ? null : year.intValue();
  }

  private static <E extends Enum<E>> E single(SheetRow row, String column, Class<E> type) {
    return row.enums(column, type).stream().findFirst().orElse(null);
  }
}
