package org.cosqual.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a deploy/ shell script with bash: its exit code and its output (stdout and stderr).
 */
record ScriptRun(int exitCode, String output) {

  private static final Path DEPLOY_DIR = Path.of(System.getProperty("deploy.dir", "."));

  static ScriptRun of(String script, Map<String, String> variables, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", DEPLOY_DIR.resolve(script).toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(variables);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(script + " did not end within 120 s:\n" + output);
    }
    return new ScriptRun(process.exitValue(), output);
  }

  String describe() {
    return "exit code " + exitCode + ", output:\n" + output;
  }
}
