package org.cosqual.training.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cosqual.personnel.application.spreadsheet.ListSheet;
import org.cosqual.training.domain.model.question.QuestionType;
import org.cosqual.training.domain.model.statistics.ItemAnalysis;
import org.cosqual.training.domain.model.statistics.ItemAnalysis.Response;
import org.cosqual.training.domain.model.statistics.ItemStatistics;
import org.cosqual.training.domain.model.statistics.NotTaken;
import org.cosqual.training.domain.model.statistics.Participation;
import org.cosqual.training.domain.model.statistics.ParticipationBreakdown;
import org.junit.jupiter.api.Test;

class StatisticsWorkbookTest {

  private static final ParticipationBreakdown NODES =
      ParticipationBreakdown.of(
          List.of(
              Participation.of("640100", "Yinchuan", null, 4, 2, 1, 1),
              Participation.none("640200", "Shizuishan")));

  private static final ParticipationBreakdown ENTERPRISES =
      ParticipationBreakdown.of(List.of(Participation.of("7", "Maker", "Xingqing", 4, 2, 1, 1)));

  private final List<ListSheet> sheets =
      StatisticsWorkbook.sheets(
          NODES,
          ENTERPRISES,
          ParticipationBreakdown.of(List.of()),
          List.of(
              new ItemStatistics(
                  11,
                  5,
                  2,
                  QuestionType.TRUE_FALSE,
                  "GMP",
                  "Stem",
                  10,
                  ItemAnalysis.of(
                      List.of(new Response(10, 10, 20, true), new Response(0, 10, 5, false))))),
          List.of(new NotTaken(1, 2, "Ma", 7, "Maker", "Xingqing", "LAB_MANAGER", "Lab", true)),
          key -> key.equals(StatisticsWorkbook.TOTAL) ? "Total" : key);

  private List<List<?>> rows(int sheet) {
    List<List<?>> rows = new ArrayList<>();
    sheets.get(sheet).rows().forEach(rows::add);
    rows.forEach(
        row ->
            assertEquals(
                sheets.get(sheet).layout().columns().size(), row.size(), "a value per column"));
    return rows;
  }

  @Test
  void aSheetEachInOrder() {
    assertEquals(
        List.of(
            StatisticsWorkbook.BY_JURISDICTION,
            StatisticsWorkbook.BY_ENTERPRISE,
            StatisticsWorkbook.BY_POSITION,
            StatisticsWorkbook.ITEMS,
            StatisticsWorkbook.NOT_TAKEN),
        sheets.stream().map(ListSheet::layout).toList());
  }

  @Test
  void eachBreakdownEndsWithItsTotal() {
    List<List<?>> nodes = rows(0);
    assertEquals(
        Arrays.asList("Yinchuan", 4, 2, 1, 1, 2, new BigDecimal("50.0"), new BigDecimal("50.0")),
        nodes.get(0));
    assertEquals(Arrays.asList("Shizuishan", 0, 0, 0, 0, 0, null, null), nodes.get(1));
    assertEquals("Total", nodes.get(2).get(0));
    assertEquals(4, nodes.get(2).get(1));
    List<List<?>> enterprises = rows(1);
    assertEquals(List.of("Maker", "Xingqing"), enterprises.get(0).subList(0, 2));
    assertEquals(Arrays.asList("Total", null), enterprises.get(1).subList(0, 2));
    assertEquals(1, rows(2).size(), "the total alone");
  }

  @Test
  void itemsAndPeopleHaveARowEach() {
    assertEquals(
        Arrays.asList(
            "Stem",
            QuestionType.TRUE_FALSE,
            "GMP",
            2,
            10,
            2L,
            1L,
            new BigDecimal("0.50"),
            new BigDecimal("1.00"),
            false),
        rows(3).get(0));
    assertEquals(List.of("Ma", "Maker", "Xingqing", "Lab", true), rows(4).get(0));
  }
}
