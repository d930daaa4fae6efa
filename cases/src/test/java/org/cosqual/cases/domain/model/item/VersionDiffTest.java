package org.cosqual.cases.domain.model.item;

import static org.cosqual.cases.domain.model.item.Items.AT;
import static org.cosqual.cases.domain.model.item.Items.chapter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cosqual.cases.domain.model.item.VersionDiff.Change;
import org.cosqual.cases.domain.model.item.VersionDiff.Part;
import org.cosqual.cases.domain.model.text.TextDiff;
import org.cosqual.cases.domain.model.text.TextDiff.Operation;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

  @Test
  void aHandbooksSectionsAreAddedRemovedChangedOrTheSame() {
    ContentItem handbook =
        Items.handbook(
            List.of(
                chapter("第一章 总则", "适用范围", "<p>本指南适用于化妆品注册人。</p>", "术语", "<p>质量安全负责人。</p>"),
                chapter("第二章 机构与人员", "关键岗位", "<p>企业应当设质量安全负责人。</p>")));
    handbook.publish(AT);
    handbook.revise(
        ItemContent.of("化妆品生产质量管理规范指南", null, null, Visibility.PUBLIC)
            .withChapters(
                List.of(
                    chapter("第一章 总则", "适用范围", "<p>本指南适用于化妆品注册人。</p><p>也适用于受托生产企业。</p>"),
                    chapter("第二章 机构与人员", "关键岗位", "<p>企业应当设质量安全负责人。</p>"),
                    chapter("第三章 文件管理", "记录", "<p>记录应当真实。</p>"))),
        "增加第三章",
        "provadmin",
        AT);

    List<Part> diff =
        VersionDiff.between(
            handbook.findVersion(1).orElseThrow(), handbook.findVersion(2).orElseThrow());

    Map<String, Change> changes =
        diff.stream().collect(Collectors.toMap(p -> p.chapter() + "/" + p.section(), Part::change));
    assertEquals(
        Map.of(
            "第一章 总则/适用范围", Change.CHANGED,
            "第一章 总则/术语", Change.REMOVED,
            "第二章 机构与人员/关键岗位", Change.SAME,
            "第三章 文件管理/记录", Change.ADDED),
        changes);
    Part changed = diff.get(0);
    assertEquals(
        List.of(
            new TextDiff.Segment(Operation.SAME, "本指南适用于化妆品注册人。\n"),
            new TextDiff.Segment(Operation.ADDED, "也适用于受托生产企业。")),
        changed.text());
  }

  @Test
  void otherItemsAreComparedFieldByField() {
    ContentItem item = Items.benchmarkCase(Items.UNIT);
    item.publish(AT);
    item.revise(
        Items.caseContent("质量安全负责人履职经验", "<p>企业建立了质量安全负责人制度。</p><p>每月自查。</p>"),
        null,
        "provadmin",
        AT);
    Map<String, Change> changes =
        VersionDiff.between(item.findVersion(1).orElseThrow(), item.findVersion(2).orElseThrow())
            .stream()
            .collect(Collectors.toMap(Part::section, Part::change));
    assertEquals(Change.SAME, changes.get("cases_item.title"));
    assertEquals(Change.CHANGED, changes.get("cases_item.body"));
  }
}
