package org.cosqual.portal.cases;

import java.util.Collections;
import java.util.List;

/** Moving a row of an ordered list up or down by one; at either end nothing moves. */
final class Rows {

  private Rows() {}

  static void moveUp(List<?> rows, int index) {
    if (index > 0 && index < rows.size()) {
      Collections.swap(rows, index, index - 1);
    }
  }

  static void moveDown(List<?> rows, int index) {
    if (index >= 0 && index < rows.size() - 1) {
      Collections.swap(rows, index, index + 1);
    }
  }
}
