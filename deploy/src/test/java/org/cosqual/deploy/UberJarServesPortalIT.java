package org.cosqual.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * java -jar cosqual.jar against a fresh schema without demo data: ready on GET /status, the portal
 * served at /, and only a first administrator whose one-time password is shown once, at the first
 * start, and stored only as a hash.
 */
class UberJarServesPortalIT {

  /** A production start needs the id-number key; a fresh one per run, never one from the repo. */
  private static final String ID_NUMBER_KEY = freshKey();

  private static final Logger LOG = Logger.getLogger(UberJarServesPortalIT.class.getName());
  private static final TestDatabaseServer SERVER = TestDatabaseServer.fromSystemProperties();
  private static final Path JAR = Path.of(System.getProperty("cosqual.jar", "target/cosqual.jar"));
  private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it-work"));
  private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password (\\S+)");

  private String schema;
  private PortalProcess portal;

  @BeforeEach
  void createSchema() throws Exception {
    schema = SERVER.createSchema("jar");
  }

  @AfterEach
  void stopPortalAndDropSchema() throws Exception {
    stopPortal();
    SERVER.dropSchema(schema);
  }

  @Test
  void firstStartWithoutDemoDataCreatesOnlyAnAdministratorWithAOneTimePassword() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "no uber-jar at " + JAR + " (built by mvn package)");
    String firstLog = startAndAwaitReady("first");
    Matcher shown = ONE_TIME_PASSWORD.matcher(firstLog);
    assertTrue(shown.find(), "no one-time password in the log of the first start");
    String oneTimePassword = shown.group(1);
    assertFalse(shown.find(), "the one-time password is shown more than once");
    assertTrue(firstLog.contains("Startup to first HTTP 200"), "no start-up time in the log");
    assertEquals(1, accounts());
    assertAdministratorMustChangeAStoredHash(oneTimePassword);
    stopPortal();

    String secondLog = startAndAwaitReady("second");
    assertFalse(
        ONE_TIME_PASSWORD.matcher(secondLog).find(), "a second start shows a password again");
    assertEquals(1, accounts());
  }

  private String startAndAwaitReady(String which) throws Exception {
    int port = Ports.freePort();
    Path log = WORK.resolve("uber-jar-" + which + "-start.log");
    Files.createDirectories(WORK);
    long started = System.nanoTime();
    portal =
        PortalProcess.start(
            JAR,
            port,
            Map.of(
                "COSQUAL_DB_URL", SERVER.url(schema),
                "COSQUAL_DB_USER", SERVER.user(),
                "COSQUAL_DB_PASSWORD", SERVER.password(),
                "COSQUAL_DEMO", "false",
                "COSQUAL_DATA_DIR", WORK.resolve("data-" + schema).toString(),
                "COSQUAL_IDNUMBER_KEY", ID_NUMBER_KEY),
            Redirect.to(log.toFile()));
    assertTrue(
        portal.awaitReady(Duration.ofMinutes(4)), "GET /status never answered 200; log: " + log);
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    LOG.info(() -> "cosqual.jar: start to first 200 on /status in " + seconds + " s");

    HttpRequest root = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build();
    int status = HttpClient.newHttpClient().send(root, BodyHandlers.discarding()).statusCode();
    assertTrue(
        status >= 200 && status < 400,
        "GET / answered " + status + " (404: not at context root /)");
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private void stopPortal() throws InterruptedException {
    if (portal != null) {
      portal.stop(Duration.ofSeconds(30));
      portal = null;
    }
  }

  private long accounts() throws Exception {
    try (Connection c = SERVER.connect(schema);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM account")) {
      assertTrue(r.next());
      return r.getLong(1);
    }
  }

  private void assertAdministratorMustChangeAStoredHash(String oneTimePassword) throws Exception {
    try (Connection c = SERVER.connect(schema);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT a.password_hash, a.must_change_password, r.role FROM account a"
                    + " JOIN account_role r ON r.account_id = a.id WHERE a.username = 'admin'")) {
      assertTrue(r.next(), "no account 'admin'");
      String hash = r.getString(1);
      assertTrue(hash.startsWith("$shiro2$argon2id$"), hash);
      assertFalse(hash.contains(oneTimePassword));
      assertTrue(r.getBoolean(2), "the one-time password need not be changed");
      assertEquals("SYSTEM_ADMIN", r.getString(3));
    }
  }

  private static String freshKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
