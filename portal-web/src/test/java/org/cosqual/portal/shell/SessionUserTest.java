package org.cosqual.portal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionUserTest {

  @Test
  void aLanguageChoiceIsFoundAndTakenOutOfTheRawQuery() {
    String query = "q=%E8%B4%A8%E9%87%8F&lang=en&page=2";
    assertEquals(Optional.of("en"), SessionUser.choiceIn(query));
    assertEquals("q=%E8%B4%A8%E9%87%8F&page=2", SessionUser.withoutChoice(query));
    assertEquals("", SessionUser.withoutChoice("lang=zh-CN"));
  }

  @Test
  void aQueryWithoutAChoiceIsLeftAsItIs() {
    assertEquals(Optional.empty(), SessionUser.choiceIn(null));
    assertEquals(Optional.empty(), SessionUser.choiceIn("language=en&slang=x"));
    assertEquals("language=en&slang=x", SessionUser.withoutChoice("language=en&&slang=x"));
    assertEquals("", SessionUser.withoutChoice(null));
  }
}
