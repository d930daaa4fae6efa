package org.cosqual.portal.infrastructure.startup;

import java.net.URI;

/**
 * The portal answered its first request with 200: {@code base} is the address it answered on, seen
 * from its own host ({@code http://<local address>:<port><context path>/}).
 */
public record PortalAnswering(URI base) {}
