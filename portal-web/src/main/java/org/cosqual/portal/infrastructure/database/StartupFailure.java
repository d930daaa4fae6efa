package org.cosqual.portal.infrastructure.database;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the process when the portal cannot work at all (no database): Payara Micro would otherwise
 * keep running with nothing deployed. The message names the URL it tried.
 */
public final class StartupFailure {

  public static final int EXIT_NO_DATABASE = 3;
  private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

  private StartupFailure() {}

  public static void exitForDatabase(String url, Throwable cause) {
    LOG.log(
        Level.SEVERE, "Cannot prepare the database at " + url + ": " + rootMessage(cause), cause);
    // Exit from another thread: the deployment thread must be free to fail while the JVM shuts
    // down.
    new Thread(() -> System.exit(EXIT_NO_DATABASE), "cosqual-exit").start();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
