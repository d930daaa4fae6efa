package org.cosqual.training.application.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.ListSheet;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.training.domain.model.question.QuestionType;
import org.cosqual.training.domain.model.statistics.ItemAnalysis;
import org.cosqual.training.domain.model.statistics.ItemStatistics;
import org.cosqual.training.domain.model.statistics.NotTaken;
import org.cosqual.training.domain.model.statistics.Participation;
import org.cosqual.training.domain.model.statistics.ParticipationBreakdown;

/**
 * The sheets of a campaign's statistics workbook: the breakdowns by jurisdiction, enterprise and
 * position (their total the last row), the item analysis and the not-yet-taken list.
 */
final class StatisticsWorkbook {

  static final String PREFIX = "training_campaignStatistics.";
  static final String TOTAL = PREFIX + "total";

  static final SheetLayout BY_JURISDICTION =
      breakdown(PREFIX + "byJurisdiction", Column.text("general.jurisdiction").width(24));

  static final SheetLayout BY_ENTERPRISE =
      breakdown(
          PREFIX + "byEnterprise",
          Column.text(PREFIX + "enterprise").width(32),
          Column.text("general.jurisdiction").width(16));

  static final SheetLayout BY_POSITION =
      breakdown(PREFIX + "byPosition", Column.text("general.keyPosition").width(22));

  static final SheetLayout ITEMS =
      SheetLayout.of(
          PREFIX + "items",
          Column.text("training_questionSheet.stem").width(50),
          Column.choice("training_questionSheet.type", QuestionType.values()).width(12),
          Column.text("training_questionSheet.topic").width(14),
          Column.integer(PREFIX + "version").width(8),
          Column.integer(PREFIX + "points").width(8),
          Column.integer(PREFIX + "responses").width(10),
          Column.integer(PREFIX + "answered").width(10),
          Column.decimal(PREFIX + "difficulty").width(12),
          Column.decimal(PREFIX + "discrimination").width(12),
          Column.flag(PREFIX + "weak").width(14));

  static final SheetLayout NOT_TAKEN =
      SheetLayout.of(
          PREFIX + "notTaken",
          Column.text("general.personName").width(12),
          Column.text(PREFIX + "enterprise").width(32),
          Column.text("general.jurisdiction").width(16),
          Column.text("general.keyPosition").width(22),
          Column.flag(PREFIX + "inProgress").width(10));

  private StatisticsWorkbook() {}

  private static SheetLayout breakdown(String titleKey, Column... group) {
    List<Column> columns = new ArrayList<>(Arrays.asList(group));
    Stream.of("enrolled", "taken", "passed", "failed", "pending")
        .map(name -> Column.integer(PREFIX + name).width(10))
        .forEach(columns::add);
    columns.add(Column.decimal(PREFIX + "participationRate").width(12));
    columns.add(Column.decimal(PREFIX + "passRate").width(12));
    return new SheetLayout(titleKey, columns, SheetLayout.DEFAULT_MAX_ROWS);
  }

  static List<ListSheet> sheets(
      ParticipationBreakdown byJurisdiction,
      ParticipationBreakdown byEnterprise,
      ParticipationBreakdown byPosition,
      List<ItemStatistics> items,
      Iterable<NotTaken> notTaken,
      Function<String, String> labels) {
    String total = labels.apply(TOTAL);
    return List.of(
        new ListSheet(BY_JURISDICTION, rows(byJurisdiction, p -> List.of(p.name()), total)),
        new ListSheet(
            BY_ENTERPRISE,
            rows(byEnterprise, p -> Arrays.asList(p.name(), p.jurisdiction()), total)),
        new ListSheet(BY_POSITION, rows(byPosition, p -> List.of(p.name()), total)),
        new ListSheet(ITEMS, items.stream().map(StatisticsWorkbook::row).toList()),
        new ListSheet(
            NOT_TAKEN,
            () ->
                StreamSupport.stream(notTaken.spliterator(), false)
                    .<List<?>>map(StatisticsWorkbook::row)
                    .iterator()));
  }

  /** The groups' rows and the total's, which names itself in the first column. */
  private static List<List<?>> rows(
      ParticipationBreakdown breakdown, Function<Participation, List<?>> group, String totalLabel) {
    List<List<?>> rows = new ArrayList<>();
    breakdown.rows().forEach(p -> rows.add(row(group.apply(p), p)));
    List<Object> totalGroup =
        new ArrayList<>(Collections.nCopies(group.apply(breakdown.total()).size(), null));
    totalGroup.set(0, totalLabel);
    rows.add(row(totalGroup, breakdown.total()));
    return rows;
  }

  private static List<?> row(List<?> group, Participation p) {
    List<Object> cells = new ArrayList<>(group);
    cells.addAll(
        Arrays.asList(
            p.enrolled(),
            p.taken(),
            p.passed(),
            p.failed(),
            p.pending(),
            p.participationRate(),
            p.passRate()));
    return cells;
  }

  private static List<?> row(ItemStatistics item) {
    ItemAnalysis analysis = item.analysis();
    return Arrays.asList(
        item.stem(),
        item.type(),
        item.topic(),
        item.versionNumber(),
        item.points(),
        analysis.responses(),
        analysis.answered(),
        analysis.difficulty(),
        analysis.discrimination(),
        analysis.isWeak());
  }

  private static List<?> row(NotTaken person) {
    return Arrays.asList(
        person.name(),
        person.enterprise(),
        person.jurisdiction(),
        person.positionName(),
        person.inProgress());
  }
}
