package org.cosqual.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.cosqual.deploy.ExamCandidate.Saved;
import org.junit.jupiter.api.Test;

/**
 * The end of an exam: N candidates (bench.candidates, 1 000 by default) of the demo campaign, all
 * signed in with an attempt started, answer every question of their paper at once through the
 * page's ajax requests and submit together, against the portal uber-jar on 127.0.0.1. Then the
 * database must hold every answer the portal acknowledged as saved. Logs throughput, the answer
 * requests' p50/p95/p99 latency and the answers lost; fails only when one is lost or refused.
 */
class ExamBenchmark {

  private static final Logger LOG = Logger.getLogger(ExamBenchmark.class.getName());
  private static final int CANDIDATES = Integer.getInteger("bench.candidates", 1000);
  private static final int THREADS = 200;

  /**
   * Argon2id takes 64 MiB and 0.3 s a sign-in: so many lanes sign in; the answers all go at once.
   */
  private static final int SIGN_INS_AT_ONCE = 8;

  private static final Duration PHASE_LIMIT = Duration.ofMinutes(20);

  @Test
  void everyAnswerSentAtTheEndOfAnExamIsStored() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (DemoPortal portal = DemoPortal.start("bench")) {
      List<String> names = seedCandidates(portal, CANDIDATES);
      HttpClient http = ExamCandidate.client(pool);
      List<ExamCandidate> candidates = new ArrayList<>();
      names.forEach(n -> candidates.add(new ExamCandidate(http, portal.base(), n)));

      long started = System.nanoTime();
      // A start refused (the portal answered 500: a deadlock on the first uses of questions) is
      // tried again once, as a candidate would click again; counted and logged.
      AtomicInteger startsRetried = new AtomicInteger();
      List<CompletableFuture<Void>> lanes = new ArrayList<>();
      for (int lane = 0; lane < SIGN_INS_AT_ONCE; lane++) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int i = lane; i < candidates.size(); i += SIGN_INS_AT_ONCE) {
          ExamCandidate c = candidates.get(i);
          chain =
              chain
                  .thenCompose(x -> c.signIn(ExamRestartIT.PASSWORD))
                  .thenCompose(
                      x ->
                          c.start()
                              .exceptionallyCompose(
                                  failed -> {
                                    startsRetried.incrementAndGet();
                                    return c.start();
                                  }))
                  .thenApply(x -> null);
        }
        lanes.add(chain);
      }
      all(lanes);
      long signedIn = System.nanoTime();
      LOG.info(
          () ->
              "BENCHMARK exam: "
                  + CANDIDATES
                  + " candidates signed in and started in "
                  + seconds(signedIn - started)
                  + " s; starts refused and tried again: "
                  + startsRetried.get());

      ConcurrentLinkedQueue<Saved> answers = new ConcurrentLinkedQueue<>();
      AtomicInteger sent = new AtomicInteger();
      long answering = System.nanoTime();
      all(candidates.stream().map(c -> answerAll(c, answers, sent)).toList());
      long answered = System.nanoTime();
      all(candidates.stream().map(ExamCandidate::submit).toList());
      long submitted = System.nanoTime();

      List<Long> latencies = new ArrayList<>();
      List<String> refused = new ArrayList<>();
      for (Saved answer : answers) {
        latencies.add(answer.nanos());
        if (!answer.saved()) {
          refused.add(answer.question().name() + ": " + answer.refusal());
        }
      }
      Collections.sort(latencies);
      long acknowledged = answers.stream().filter(Saved::saved).count();
      long stored = storedAnswers(portal);
      long lost = Math.max(0, acknowledged - stored);
      double answerSeconds = seconds(answered - answering);
      LOG.info(
          String.format(
              "BENCHMARK exam: %d candidates, %d answers sent, %d acknowledged, %d stored, %d lost,"
                  + " %d refused; answering %.1f s (%.0f answers/s), submitting %.1f s;"
                  + " answer latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms",
              CANDIDATES,
              sent.get(),
              acknowledged,
              stored,
              lost,
              refused.size(),
              answerSeconds,
              sent.get() / answerSeconds,
              seconds(submitted - answered),
              Latencies.millis(latencies, 0.50),
              Latencies.millis(latencies, 0.95),
              Latencies.millis(latencies, 0.99),
              Latencies.millis(latencies, 1.0)));
      assertEquals(List.of(), refused.stream().limit(20).toList(), "answers refused");
      assertEquals(sent.get(), acknowledged, "answers sent but not acknowledged");
      assertEquals(acknowledged, stored, "answers acknowledged but not in the database");
    } finally {
      pool.shutdownNow();
    }
  }

  /** The candidate's answers one after another, as a person answers: each waits for the last. */
  private static CompletableFuture<Void> answerAll(
      ExamCandidate candidate, ConcurrentLinkedQueue<Saved> answers, AtomicInteger sent) {
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (var question : candidate.page().questions()) {
      chain =
          chain
              .thenCompose(
                  x -> {
                    sent.incrementAndGet();
                    return candidate.answer(question.index(), ExamRestartIT.anAnswer(question));
                  })
              .thenAccept(answers::add);
    }
    return chain;
  }

  private static void all(List<? extends CompletableFuture<?>> futures) throws Exception {
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
        .get(PHASE_LIMIT.toSeconds(), TimeUnit.SECONDS);
  }

  /**
   * The candidates, seeded in SQL beside the demo's qso: for each a person, a KEY_STAFF account
   * with qso's organisation and password hash (so the demo password), and an enrolment in qso's
   * open campaign for her enterprise and post, as the campaign's opening made hers.
   */
  static List<String> seedCandidates(DemoPortal portal, int count) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = DemoPortal.SERVER.connect(portal.schema())) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TEMPORARY TABLE bench_template AS SELECT a.organisation_id, a.password_hash,"
                + " e.campaign_id, e.enterprise_id, e.position_code, e.result"
                + " FROM account a JOIN assessment_enrolment e ON e.person_id = a.person_id"
                + " WHERE a.username = 'qso'");
      }
      try (PreparedStatement person = c.prepareStatement("INSERT INTO person (name) VALUES (?)");
          PreparedStatement account =
              c.prepareStatement(
                  "INSERT INTO account (username, password_hash, person_id, organisation_id)"
                      + " SELECT ?, password_hash, LAST_INSERT_ID(), organisation_id"
                      + " FROM bench_template");
          PreparedStatement role =
              c.prepareStatement(
                  "INSERT INTO account_role (account_id, role) VALUES (LAST_INSERT_ID(),"
                      + " 'KEY_STAFF')");
          PreparedStatement enrolment =
              c.prepareStatement(
                  "INSERT INTO assessment_enrolment (campaign_id, person_id, enterprise_id,"
                      + " position_code, enrolled_at, result)"
                      + " SELECT t.campaign_id, a.person_id, t.enterprise_id, t.position_code,"
                      + " NOW(6), t.result FROM bench_template t JOIN account a"
                      + " ON a.username = ?")) {
        for (int i = 1; i <= count; i++) {
          String name = String.format("bench%04d", i);
          person.setString(1, name);
          person.executeUpdate();
          account.setString(1, name);
          assertEquals(1, account.executeUpdate(), "qso's account and enrolment as template");
          role.executeUpdate();
          enrolment.setString(1, name);
          enrolment.executeUpdate();
          names.add(name);
        }
      }
      c.commit();
    }
    return names;
  }

  /** Answered items of the seeded candidates' attempts, as the database holds them. */
  private static long storedAnswers(DemoPortal portal) throws Exception {
    try (Connection c = DemoPortal.SERVER.connect(portal.schema());
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM attempt_item i JOIN exam_attempt t ON t.id = i.attempt_id"
                    + " JOIN account a ON a.person_id = t.person_id"
                    + " WHERE a.username LIKE 'bench%' AND i.answered_at IS NOT NULL"
                    + " AND (i.answer_choices IS NOT NULL OR i.answer_truth IS NOT NULL"
                    + " OR i.answer_text IS NOT NULL)")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
