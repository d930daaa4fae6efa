/** The services' implementations, the caller's access to items, and the index upkeep. */
package org.cosqual.cases.application.internal;
