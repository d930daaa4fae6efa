/** The time source every service reads, produced once so tests can replace it. */
package org.cosqual.personnel.infrastructure.clock;
