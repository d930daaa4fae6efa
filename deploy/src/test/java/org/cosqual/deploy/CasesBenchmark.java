package org.cosqual.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public portal under load: N published items (bench.items, 10 000 by default) seeded in SQL
 * beside the demo data, the search index rebuilt at a restart, then C closed-loop clients
 * (bench.clients, 50) with no think time send, for bench.seconds (30) each, search requests and
 * then detail-page requests over HTTP/1.1 to the uber-jar on 127.0.0.1. Logs throughput and
 * p50/p95/p99 of each; fails only when a request is answered with anything but 200.
 */
class CasesBenchmark {

  private static final Logger LOG = Logger.getLogger(CasesBenchmark.class.getName());
  private static final int ITEMS = Integer.getInteger("bench.items", 10_000);
  private static final int CLIENTS = Integer.getInteger("bench.clients", 50);
  private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
  private static final Duration WARM_UP = Duration.ofSeconds(10);

  @Test
  void searchAndDetailPagesUnderFiftyClients() throws Exception {
    List<String> sentences = sentences();
    try (DemoPortal portal = DemoPortal.start("casesbench")) {
      List<Long> ids = seedItems(portal, sentences, ITEMS);
      // The index folder goes, so the start-up rebuilds it from the database with the new items.
      portal.kill();
      deleteTree(portal.dataDir().resolve("search-index"));
      portal.startAgain();

      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      Random random = new Random(7);
      List<String> words = searchWords(sentences);
      IntFunction<URI> search =
          n ->
              portal
                  .base()
                  .resolve(
                      "/public/search.xhtml?q="
                          + URLEncoder.encode(
                              words.get(random.nextInt(words.size())), StandardCharsets.UTF_8));
      IntFunction<URI> detail =
          n -> portal.base().resolve("/public/items/" + ids.get(random.nextInt(ids.size())));

      run(http, search, WARM_UP);
      Phase searching = run(http, search, PHASE);
      run(http, detail, WARM_UP);
      Phase reading = run(http, detail, PHASE);
      LOG.info(searching.report("search"));
      LOG.info(reading.report("detail"));
      assertEquals(List.of(), searching.failures(), "search requests not answered 200");
      assertEquals(List.of(), reading.failures(), "detail requests not answered 200");
    }
  }

  /** The latencies and failures of one phase. */
  record Phase(List<Long> nanos, List<String> failures, Duration length) {

    String report(String name) {
      List<Long> sorted = new ArrayList<>(nanos);
      Collections.sort(sorted);
      return String.format(
          "BENCHMARK cases %s: %d items, %d clients, %d requests in %d s (%.0f/s), %d failed;"
              + " p50 %d ms, p95 %d ms, p99 %d ms, max %d ms",
          name,
          ITEMS,
          CLIENTS,
          sorted.size(),
          length.toSeconds(),
          sorted.size() / (double) length.toSeconds(),
          failures.size(),
          Latencies.millis(sorted, 0.50),
          Latencies.millis(sorted, 0.95),
          Latencies.millis(sorted, 0.99),
          Latencies.millis(sorted, 1.0));
    }
  }

  /** CLIENTS loops, each sending its next request as soon as the last one was answered. */
  private static Phase run(HttpClient http, IntFunction<URI> next, Duration length)
      throws Exception {
    ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    long end = System.nanoTime() + length.toNanos();
    AtomicInteger sequence = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> loops = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        loops.add(
            clients.submit(
                () -> {
                  while (System.nanoTime() < end) {
                    URI uri;
                    synchronized (next) {
                      uri = next.apply(sequence.incrementAndGet());
                    }
                    long start = System.nanoTime();
                    try {
                      HttpResponse<byte[]> response =
                          http.send(
                              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                              HttpResponse.BodyHandlers.ofByteArray());
                      nanos.add(System.nanoTime() - start);
                      if (response.statusCode() != 200) {
                        failures.add(response.statusCode() + " " + uri);
                      }
                    } catch (IOException e) {
                      failures.add(e + " " + uri);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> loop : loops) {
        loop.get(length.toSeconds() + 60, TimeUnit.SECONDS);
      }
    } finally {
      clients.shutdownNow();
    }
    return new Phase(List.copyOf(nanos), failures.stream().limit(20).toList(), length);
  }

  /**
   * Published public benchmark cases (典型经验) owned by the demo province's regulator unit, each one
   * version whose title and body are sentences of the bench file in a random order.
   */
  private static List<Long> seedItems(DemoPortal portal, List<String> sentences, int count)
      throws Exception {
    Random random = new Random(11);
    List<Long> ids = new ArrayList<>();
    try (Connection c = DemoPortal.SERVER.connect(portal.schema())) {
      c.setAutoCommit(false);
      long owner;
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT o.id FROM organisation o JOIN account a ON a.organisation_id = o.id"
                      + " WHERE a.username = 'provadmin'")) {
        r.next();
        owner = r.getLong(1);
      }
      try (PreparedStatement item =
              c.prepareStatement(
                  "INSERT INTO content_item (kind, owner_org_id, source_kind, status,"
                      + " published_number, first_published_at, created_by, created_at)"
                      + " VALUES ('BENCHMARK_CASE', ?, 'REGULATOR', 'PUBLISHED', 1,"
                      + " NOW(6) - INTERVAL ? MINUTE, 'bench', NOW(6))",
                  Statement.RETURN_GENERATED_KEYS);
          PreparedStatement version =
              c.prepareStatement(
                  "INSERT INTO content_version (item_id, version_no, title, summary, body,"
                      + " visibility, written_by, written_at, published_at)"
                      + " VALUES (?, 1, ?, ?, ?, 'PUBLIC', 'bench', NOW(6), NOW(6))");
          PreparedStatement topic =
              c.prepareStatement(
                  "INSERT INTO content_version_topic (version_id, topic_code)"
                      + " VALUES (LAST_INSERT_ID(), 'QUALITY_SYSTEM')")) {
        for (int i = 1; i <= count; i++) {
          item.setLong(1, owner);
          item.setInt(2, i);
          item.executeUpdate();
          long id;
          try (ResultSet keys = item.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
          List<String> shuffled = new ArrayList<>(sentences);
          Collections.shuffle(shuffled, random);
          version.setLong(1, id);
          version.setString(2, i + " " + shuffled.get(0));
          version.setString(3, shuffled.get(1));
          version.setString(4, "<p>" + String.join("</p><p>", shuffled.subList(2, 8)) + "</p>");
          version.executeUpdate();
          topic.executeUpdate();
          ids.add(id);
          if (i % 1000 == 0) {
            c.commit();
          }
        }
      }
      c.commit();
    }
    return ids;
  }

  private static List<String> sentences() throws IOException {
    try (InputStream in = CasesBenchmark.class.getResourceAsStream("/bench/case-sentences.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    }
  }

  /** Words to search for: the sentences' first four characters, which every one is found by. */
  private static List<String> searchWords(List<String> sentences) {
    return sentences.stream().map(s -> s.substring(0, 4)).distinct().toList();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
