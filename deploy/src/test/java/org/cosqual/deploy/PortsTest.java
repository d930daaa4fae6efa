package org.cosqual.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void aPortSomeoneListensOnIsNotFree() throws Exception {
    int port;
    try (ServerSocket listener = new ServerSocket(Ports.freePort())) {
      port = listener.getLocalPort();
      assertFalse(Ports.isFree(port));
    }
    assertTrue(Ports.isFree(port));
  }
}
