package org.cosqual.personnel.domain.model.enterprise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the comma-separated test data files of this package (UTF-8, # starts a comment line). */
final class TestData {

  static final String LICENCE_HOLDERS = "nmpa-licence-holders.csv";
  static final String PROVINCES = "provinces.csv";
  static final String MALFORMED_LICENCES = "malformed-licences.csv";

  private TestData() {}

  static List<String[]> rows(String file) {
    try (InputStream in = TestData.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("no test data " + file);
      }
      List<String[]> rows =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(line -> line.split(",", -1))
              .toList();
      if (rows.isEmpty()) {
        throw new IllegalStateException("empty test data " + file);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One column of every row. */
  static List<String> column(String file, int index) {
    return rows(file).stream().map(row -> row[index]).toList();
  }
}
