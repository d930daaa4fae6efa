package org.cosqual.portal.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Payara Micro serving the built war for every browser test class of a test run: started when
 * the first of them begins, stopped when the run ends. A server of its own per class cost 40–60 s
 * each on two cores.
 *
 * <p>The server gets what the Arquillian container of the integration tests gets: the JVM options
 * of {@code payara.cmdOptions}, no clustering, a free HTTP port, the war's name as context root and
 * this JVM's environment (the COSQUAL_* variables failsafe sets). Its output goes to {@code
 * target/portal-server.log}. Test classes receive its address as a {@link URL} parameter.
 */
final class PortalServer implements BeforeAllCallback, ParameterResolver {

  private static final Logger LOG = Logger.getLogger(PortalServer.class.getName());
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PortalServer.class);
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);
  private static final int LOG_TAIL_LINES = 60;

  /** What Payara Micro logs once it has booted (and tried to deploy). */
  private static final String READY = " ready in ";

  private static final Duration AFTER_READY = Duration.ofSeconds(20);
  private static final String CONTEXT_ROOT = "cosqual";
  private static final File SETPRIV = new File("/usr/bin/setpriv");
  private static final String SEARCH_INDEX_DIR = "COSQUAL_SEARCH_INDEX_DIR";

  /** Pages added to a copy of the war: BrowserIT needs one that fails while rendering. */
  private static final Map<String, String> TEST_PAGES =
      Map.of("public/failing.xhtml", "failing.xhtml");

  /**
   * setpriv's parent-death signal goes out when the thread that started the server ends, so it is
   * started from this thread, which lives as long as the JVM: the server then gets SIGTERM even
   * when the test JVM is killed outright and no shutdown hook runs.
   */
  private static final ExecutorService LAUNCHER =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "portal-server-launcher");
            thread.setDaemon(true);
            return thread;
          });

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == URL.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context).base;
  }

  /** The server of this run, started on first use; fails at once when it could not start. */
  private static Server server(ExtensionContext context) {
    Server server =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Server.class, key -> Server.start(), Server.class);
    if (server.failure != null) {
      throw new IllegalStateException(server.failure);
    }
    return server;
  }

  /**
   * A running server, or why it did not start (so that later classes fail at once instead of
   * waiting for a start of their own). JUnit closes it when the run ends.
   */
  private static final class Server implements AutoCloseable {

    private final Process process;
    private final URL base;
    private final String failure;
    private final Thread shutdownHook;

    private Server(Process process, URL base, String failure) {
      this.process = process;
      this.base = base;
      this.failure = failure;
      this.shutdownHook = new Thread(this::stop, "portal-server-stop");
      if (process != null) {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
      }
    }

    static Server start() {
      if (System.getProperty("cosqual.war") == null
          || System.getProperty("payara.microJar") == null) {
        return new Server(
            null,
            null,
            "The browser tests run through failsafe (mvn verify), which sets cosqual.war and"
                + " payara.microJar");
      }
      Path target = Path.of(System.getProperty("cosqual.war")).toAbsolutePath().getParent();
      Path log = target.resolve("portal-server.log");
      Process process = null;
      try {
        int port = freePort();
        URL base = URI.create("http://localhost:" + port + "/" + CONTEXT_ROOT + "/").toURL();
        List<String> command = command(warWithTestPages(target.resolve("portal-server")), port);
        long started = System.nanoTime();
        process = launch(command, log);
        String notReady = awaitReady(process, base, log);
        if (notReady != null) {
          return failed(process, notReady + "\nCommand: " + String.join(" ", command), log);
        }
        LOG.info(
            String.format(
                "Portal server at %s after %.1f s (log: %s)",
                base, (System.nanoTime() - started) / 1e9, log));
        return new Server(process, base, null);
      } catch (IOException | RuntimeException e) {
        return failed(process, e.toString(), log);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failed(process, "interrupted while starting", log);
      }
    }

    private static Server failed(Process process, String why, Path log) {
      if (process != null) {
        terminate(process);
      }
      List<String> lines = logText(log).replaceAll("\u001B\\[[;\\d]*m", "").lines().toList();
      return new Server(
          null,
          null,
          "The portal server for the browser tests did not start: "
              + why
              + "\nIts errors (SEVERE) in "
              + log
              + ":\n"
              + severe(lines)
              + "\nThe last lines of that log:\n"
              + String.join(
                  "\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())));
    }

    /** The message of each SEVERE entry: Payara writes it on the line after the entry's header. */
    private static String severe(List<String> lines) {
      List<String> messages = new ArrayList<>();
      for (int i = 0; i + 1 < lines.size(); i++) {
        if (lines.get(i).contains("[SEVERE]")) {
          messages.add("  " + lines.get(i + 1).strip());
        }
      }
      return messages.isEmpty() ? "  (none)" : String.join("\n", messages);
    }

    /** The built war plus {@link #TEST_PAGES}, under the war's own name (its context root). */
    private static Path warWithTestPages(Path dir) throws IOException {
      Files.createDirectories(dir);
      Path war = dir.resolve(CONTEXT_ROOT + ".war");
      Files.copy(
          Path.of(System.getProperty("cosqual.war")), war, StandardCopyOption.REPLACE_EXISTING);
      try (FileSystem zip = FileSystems.newFileSystem(war)) {
        for (Map.Entry<String, String> page : TEST_PAGES.entrySet()) {
          Path entry = zip.getPath(page.getKey());
          Files.createDirectories(entry.getParent());
          try (InputStream in = PortalServer.class.getResourceAsStream(page.getValue())) {
            Files.copy(in, entry, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      return war;
    }

    private static List<String> command(Path war, int port) {
      List<String> command = new ArrayList<>();
      if (SETPRIV.canExecute()) {
        command.addAll(List.of(SETPRIV.getPath(), "--pdeathsig", "TERM"));
      }
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      String options = System.getProperty("payara.cmdOptions", "-Xshare:auto").strip();
      if (!options.isEmpty()) {
        command.addAll(Arrays.asList(options.split("\\s+")));
      }
      command.addAll(
          List.of(
              "-jar",
              System.getProperty("payara.microJar"),
              "--nocluster",
              "--port",
              String.valueOf(port),
              "--contextroot",
              CONTEXT_ROOT,
              "--deploy",
              war.toString()));
      return command;
    }

    private static Process launch(List<String> command, Path log)
        throws IOException, InterruptedException {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      // An index folder of its own: Lucene's write lock lets one process at a time write an index,
      // and this server outlives its test classes while Arquillian deployments come and go.
      builder.environment().computeIfPresent(SEARCH_INDEX_DIR, (name, dir) -> dir + "-browser");
      try {
        return LAUNCHER.submit(builder::start).get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    /**
     * Null once GET /status answers 200; otherwise why it never did. Payara Micro logs that it is
     * ready even when the war failed to deploy, so a short wait after that line is enough.
     */
    private static String awaitReady(Process process, URL base, Path log)
        throws InterruptedException {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      HttpRequest status =
          HttpRequest.newBuilder(URI.create(base + "status"))
              .timeout(Duration.ofSeconds(10))
              .GET()
              .build();
      long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
      long readyDeadline = Long.MAX_VALUE;
      String answer = "no answer";
      while (System.nanoTime() < Math.min(deadline, readyDeadline)) {
        if (!process.isAlive()) {
          return "Payara Micro exited with code " + process.exitValue();
        }
        try {
          int code = http.send(status, BodyHandlers.discarding()).statusCode();
          if (code == 200) {
            return null;
          }
          answer = "HTTP " + code;
        } catch (IOException e) {
          answer = "no answer (" + e + ")";
        }
        if (readyDeadline == Long.MAX_VALUE && logText(log).contains(READY)) {
          readyDeadline = System.nanoTime() + AFTER_READY.toNanos();
        }
        Thread.sleep(500);
      }
      return readyDeadline == Long.MAX_VALUE
          ? "GET "
              + status.uri()
              + " did not answer 200 within "
              + STARTUP_TIMEOUT.toSeconds()
              + " s: "
              + answer
          : "Payara Micro is up but GET "
              + status.uri()
              + " gives "
              + answer
              + " (did the war deploy?)";
    }

    private static int freePort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException("No free TCP port", e);
      }
    }

    private static String logText(Path log) {
      try {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "(cannot read " + log + ": " + e + ")";
      }
    }

    private void stop() {
      if (process != null) {
        terminate(process);
      }
    }

    /** SIGTERM, so that Payara shuts down in order; killed when it has not ended in time. */
    private static void terminate(Process process) {
      process.destroy();
      try {
        if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void close() {
      if (process == null) {
        return;
      }
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or about to run and stops the server itself
      }
      stop();
    }
  }
}
