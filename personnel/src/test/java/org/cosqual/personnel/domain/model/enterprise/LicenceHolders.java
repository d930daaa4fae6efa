package org.cosqual.personnel.domain.model.enterprise;

import java.util.List;

/**
 * Real licence holders of the NMPA data file of this package (licence number and credit code), for
 * tests elsewhere that need enterprises with distinct, valid licences without Chinese text in Java.
 */
public final class LicenceHolders {

  /** One row: a production licence number and its holder's unified social credit code. */
  public record Holder(String licence, String creditCode) {}

  private static final List<Holder> ALL =
      TestData.rows(TestData.LICENCE_HOLDERS).stream()
          .map(row -> new Holder(row[0], row[1]))
          .toList();

  private LicenceHolders() {}

  /** The holder in the given row (0 to 14), each with its own licence and credit code. */
  public static Holder get(int row) {
    return ALL.get(row);
  }
}
