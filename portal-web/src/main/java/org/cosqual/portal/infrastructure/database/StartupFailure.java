package org.cosqual.portal.infrastructure.database;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the process when the portal cannot work at all (no database): Payara Micro would otherwise
 * keep running with nothing deployed. The message names the URL it tried.
 */
public final class StartupFailure {

  public static final int EXIT_NO_DATABASE = 3;
  public static final int EXIT_BAD_CONFIGURATION = 4;
  private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

  private StartupFailure() {}

  public static void exitForDatabase(String url, Throwable cause) {
    exit("Cannot prepare the database at " + url, cause, EXIT_NO_DATABASE);
  }

  /** A setting the portal cannot run without is missing or wrong. */
  public static void exitForConfiguration(Throwable cause) {
    exit("Cannot start with this configuration", cause, EXIT_BAD_CONFIGURATION);
  }

  private static void exit(String what, Throwable cause, int status) {
    LOG.log(Level.SEVERE, what + ": " + rootMessage(cause), cause);
    // Exit from another thread: the deployment thread must be free to fail while the JVM shuts
    // down.
    new Thread(() -> System.exit(status), "cosqual-exit").start();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
