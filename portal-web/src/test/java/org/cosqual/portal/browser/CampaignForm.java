package org.cosqual.portal.browser;

import java.time.LocalDate;

/** The campaign form as an administrator fills it in the browser tests. */
final class CampaignForm {

  private CampaignForm() {}

  /** The window from the day to the other, as typed into the date pickers. */
  static void window(Browser browser, LocalDate opensOn, LocalDate closesOn) {
    browser.typeDate("campaignForm:opensOn", opensOn.toString());
    browser.typeDate("campaignForm:closesOn", closesOn.toString());
  }

  /** The first quota row: the topic and type by their labels. */
  static void firstQuota(
      Browser browser, String topic, int difficulty, String type, int count, int points) {
    browser.chooseInMenu("campaignForm:quotas:0:quotaTopic", topic);
    browser.chooseInMenu("campaignForm:quotas:0:quotaDifficulty", String.valueOf(difficulty));
    browser.chooseInMenu("campaignForm:quotas:0:quotaType", type);
    browser.type("campaignForm:quotas:0:quotaCount", String.valueOf(count));
    browser.type("campaignForm:quotas:0:quotaPoints", String.valueOf(points));
  }
}
