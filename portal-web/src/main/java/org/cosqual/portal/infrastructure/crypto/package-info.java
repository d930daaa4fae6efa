/**
 * The id-number key, from configuration (or, for the demo, a key file made once in the data
 * folder).
 */
package org.cosqual.portal.infrastructure.crypto;
