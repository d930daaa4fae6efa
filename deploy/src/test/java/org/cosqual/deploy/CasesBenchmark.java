package org.cosqual.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public portal under load: N published items (bench.items, 10 000 by default) seeded in SQL
 * beside the demo data, the search index rebuilt at a restart, and the portal's public pages
 * rendered in advance after it (which the benchmark waits for). Then C closed-loop clients
 * (bench.clients, 50) with no think time send requests over HTTP/1.1 to the uber-jar on 127.0.0.1,
 * as anonymous visitors, in three phases of bench.seconds (30) each:
 *
 * <ol>
 *   <li>searches for twenty words, after a warm-up: pages the portal keeps for the next visitor;
 *   <li>searches for words never searched before, each once: every page rendered for its visitor;
 *       after a warm-up of two minutes of other such searches, which the just-in-time compiler
 *       needs to settle the cost of a search's render while both processors are busy;
 *   <li>item pages at random, after a warm-up.
 * </ol>
 *
 * Logs throughput and p50/p95/p99 of each; fails only when a request is answered with anything but
 * 200.
 */
class CasesBenchmark {

  private static final Logger LOG = Logger.getLogger(CasesBenchmark.class.getName());
  private static final int ITEMS = Integer.getInteger("bench.items", 10_000);
  private static final int CLIENTS = Integer.getInteger("bench.clients", 50);
  private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
  private static final Duration WARM_UP = Duration.ofSeconds(10);
  private static final Duration NEW_SEARCH_WARM_UP = Duration.ofMinutes(2);

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
      awaitPagesRenderedInAdvance(portal);
      Random random = new Random(7);
      List<String> words = searchWords(sentences);
      IntFunction<URI> search = n -> searchFor(portal, words.get(random.nextInt(words.size())));
      Iterator<String> newWords = newSearchWords(sentences, random).iterator();
      IntFunction<URI> newSearch =
          n -> newWords.hasNext() ? searchFor(portal, newWords.next()) : null;
      IntFunction<URI> detail = n -> itemPage(portal, ids.get(random.nextInt(ids.size())));

      assertFinds(http, searchFor(portal, words.get(0)));
      run(http, search, WARM_UP);
      Phase searching = run(http, search, PHASE);
      run(http, newSearch, NEW_SEARCH_WARM_UP);
      Phase searchingAnew = run(http, newSearch, PHASE);
      run(http, detail, WARM_UP);
      Phase reading = run(http, detail, PHASE);
      LOG.info(searching.report("search"));
      LOG.info(searchingAnew.report("search, words not searched before"));
      LOG.info(reading.report("detail"));
      for (Phase phase : List.of(searching, searchingAnew, reading)) {
        assertEquals(List.of(), phase.failures(), "requests not answered 200");
      }
    }
  }

  /**
   * Waits until the portal's log says it rendered its public pages in advance: at least the seeded
   * items' pages, at once after the restart.
   */
  private static void awaitPagesRenderedInAdvance(DemoPortal portal) throws Exception {
    Pattern done = Pattern.compile("Rendered (\\d+) public pages in advance in ([\\d.]+) s");
    long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher found = done.matcher(Files.readString(portal.log(), StandardCharsets.ISO_8859_1));
      while (found.find()) {
        if (Integer.parseInt(found.group(1)) >= ITEMS) {
          LOG.info("BENCHMARK cases: " + found.group() + " after the restart");
          return;
        }
      }
      Thread.sleep(2_000);
    }
    throw new AssertionError("the public pages were not rendered in advance; log: " + portal.log());
  }

  /**
   * A search for one of the twenty words finds items: the words reach the portal as they were sent.
   * (A search for new words may rightly find nothing: its pieces cut words in two.)
   */
  private static void assertFinds(HttpClient http, URI search) throws Exception {
    String page =
        http.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    assertTrue(page.contains("class=\"cq-item\""), "no hit for " + search);
  }

  private static URI searchFor(DemoPortal portal, String words) {
    return portal
        .base()
        .resolve("/public/search.xhtml?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
  }

  private static URI itemPage(DemoPortal portal, long id) {
    return portal.base().resolve("/public/items/" + id);
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
          sorted.size() / (length.toMillis() / 1000.0),
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
    long begun = System.nanoTime();
    long end = begun + length.toNanos();
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
                    if (uri == null) {
                      break;
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
        loop.get(Math.min(length.toSeconds(), 3600) + 60, TimeUnit.SECONDS);
      }
    } finally {
      clients.shutdownNow();
    }
    return new Phase(
        List.copyOf(nanos),
        failures.stream().limit(20).toList(),
        Duration.ofNanos(System.nanoTime() - begun));
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

  /**
   * Words never searched for before, each once: two pieces of two to four characters from the
   * sentences, so a search renders its page rather than finding it kept. Enough for the warm-up and
   * the phase at 1 000 searches a second.
   */
  private static List<String> newSearchWords(List<String> sentences, Random random) {
    Set<String> words = new LinkedHashSet<>();
    while (words.size() < 200_000) {
      words.add(piece(sentences, random) + " " + piece(sentences, random));
    }
    return List.copyOf(words);
  }

  private static String piece(List<String> sentences, Random random) {
    String sentence = sentences.get(random.nextInt(sentences.size()));
    int length = 2 + random.nextInt(3);
    int start = random.nextInt(sentence.length() - length);
    return sentence.substring(start, start + length);
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
