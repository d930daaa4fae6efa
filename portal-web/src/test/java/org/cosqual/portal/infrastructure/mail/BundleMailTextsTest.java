package org.cosqual.portal.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Mail is written in Chinese unless configured for English, with enum values in words. */
class BundleMailTextsTest {

  @Test
  void chineseUnlessEnglishIsAskedFor() {
    assertEquals(Locale.ENGLISH, BundleMailTexts.localeOf(" EN "));
    assertEquals(Locale.SIMPLIFIED_CHINESE, BundleMailTexts.localeOf(""));
    assertEquals(Locale.SIMPLIFIED_CHINESE, BundleMailTexts.localeOf("fr"));
  }

  @Test
  void aReminderReadsInTheLanguageOfMailWithItsStatusInWords() {
    List<String> arguments =
        List.of("刘强", "2026-09-15", "2026", "10.5", "14.1", "20", "ProgressStatus.AT_RISK");
    String chinese =
        new BundleMailTexts(Locale.SIMPLIFIED_CHINESE)
            .text("training_reminder.mail.body", arguments);
    assertTrue(chinese.startsWith("刘强，您好"), chinese);
    assertTrue(chinese.contains("10.5 学时") && chinese.contains("有风险"), chinese);
    String english =
        new BundleMailTexts(Locale.ENGLISH).text("training_reminder.mail.body", arguments);
    assertTrue(
        english.contains("10.5 approved training hours") && english.contains("At risk"), english);
  }
}
