package org.cosqual.deploy;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The portal uber-jar ({@code java -jar cosqual.jar}) running as a child process. */
public final class PortalProcess {

  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

  private final Process process;
  private final URI statusUri;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private PortalProcess(Process process, int httpPort) {
    this.process = process;
    this.statusUri = URI.create("http://localhost:" + httpPort + "/status");
  }

  /**
   * Starts {@code java -jar jar --port httpPort} with these variables added to the environment, its
   * standard output and error both going to {@code output}.
   */
  public static PortalProcess start(
      Path jar, int httpPort, Map<String, String> variables, Redirect output) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(java.toString(), "-jar", jar.toString(), "--port", String.valueOf(httpPort)));
    builder.environment().putAll(variables);
    builder.redirectErrorStream(true).redirectOutput(output);
    return new PortalProcess(builder.start(), httpPort);
  }

  /**
   * Polls GET /status until it answers 200.
   *
   * @return true once it did; false when the process ended first or the time ran out
   */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (process.isAlive() && System.nanoTime() < deadline) {
      if (statusCode() == 200) {
        return true;
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
    return false;
  }

  /** The HTTP status of GET /status, or -1 when nothing answers. */
  public int statusCode() throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(statusUri).timeout(Duration.ofSeconds(5)).GET().build();
    try {
      return http.send(request, BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public int waitForExit() throws InterruptedException {
    return process.waitFor();
  }

  /** Whether the process ended within the timeout. */
  public boolean waitForExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public int exitCode() {
    return process.exitValue();
  }

  /** Kills the portal at once (SIGKILL), as a crash or a power cut would, and waits for its end. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /**
   * Asks the portal to shut down (SIGTERM) and kills it when it has not ended within {@code grace}.
   */
  public void stop(Duration grace) throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
