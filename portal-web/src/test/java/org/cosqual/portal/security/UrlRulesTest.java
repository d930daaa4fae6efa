package org.cosqual.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.shiro.util.AntPathMatcher;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.portal.shell.Area;
import org.junit.jupiter.api.Test;

/** The URL rules in shiro.ini and the menu's areas ask for the same permissions. */
class UrlRulesTest {

  private final Map<String, String> rules = urlRules();

  @Test
  void eachAreaFolderRequiresTheAreasPermission() {
    for (Area area : Area.values()) {
      String rule = rules.get("/" + area.getFolder() + "/**");
      assertEquals("signedIn, fresh, perm[" + area.getPermission().code() + "]", rule, area.name());
    }
  }

  @Test
  void theAssessmentListIsForKeyStaffAndTheExamPageForEverySignedInLearner() {
    assertEquals(
        "signedIn, fresh, perm[" + Permission.LEARNING_OWN.code() + "]",
        firstRuleFor("/staff/assessments.xhtml"));
    // Regulators take course quizzes too; the exam service answers only the caller's attempts.
    assertEquals("signedIn, fresh", firstRuleFor("/training/exam.xhtml"));
  }

  @Test
  void contentIsForItsWritersAndTheReviewQueueForThoseWhoPublish() {
    assertEquals(
        "signedIn, fresh, perm[" + Permission.CONTENT_WRITE.code() + "]",
        firstRuleFor("/cases/item-form.xhtml"));
    assertEquals(
        "signedIn, fresh, perm[" + Permission.CONTENT_PUBLISH.code() + "]",
        firstRuleFor("/cases/review.xhtml"));
  }

  private String firstRuleFor(String page) {
    AntPathMatcher matcher = new AntPathMatcher();
    return rules.get(
        rules.keySet().stream().filter(p -> matcher.match(p, page)).findFirst().orElseThrow());
  }

  @Test
  void publicPagesAreOpenAndEverythingElseNeedsSigningIn() {
    assertEquals("anon", rules.get("/public/**"));
    assertEquals("anon", rules.get("/login.xhtml"));
    assertEquals("anon", rules.get("/WEB-INF/errorpages/**"));
    assertEquals("signedIn, fresh", rules.get("/**"));
    String last = rules.keySet().stream().reduce((a, b) -> b).orElseThrow();
    assertEquals("/**", last, "the catch-all rule must come last (Shiro takes the first match)");
  }

  @Test
  void theOnlyOpenPagesAreTheIntendedOnes() {
    rules.forEach(
        (path, rule) -> {
          if (rule.equals("anon")) {
            assertTrue(
                path.startsWith("/public/")
                    || path.startsWith("/jakarta.faces.resource/")
                    || path.startsWith("/resources/")
                    || path.startsWith("/WEB-INF/errorpages/")
                    || path.equals("/login.xhtml")
                    || path.equals("/index.xhtml")
                    || path.equals("/")
                    || path.equals("/status"),
                path + " is open to anyone");
          }
        });
  }

  private static Map<String, String> urlRules() {
    try {
      Map<String, String> rules = new LinkedHashMap<>();
      boolean inUrls = false;
      for (String line :
          Files.readAllLines(Path.of("src", "main", "webapp", "WEB-INF", "shiro.ini"))) {
        String trimmed = line.strip();
        if (trimmed.startsWith("[")) {
          inUrls = trimmed.equals("[urls]");
        } else if (inUrls && !trimmed.isEmpty() && !trimmed.startsWith("#")) {
          String[] rule = trimmed.split("=", 2);
          rules.put(rule[0].strip(), rule[1].strip());
        }
      }
      return rules;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
