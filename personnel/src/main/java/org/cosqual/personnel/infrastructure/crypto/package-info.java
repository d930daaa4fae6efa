/** Encryption and keyed hashing of id numbers, with keys from the configured key source. */
package org.cosqual.personnel.infrastructure.crypto;
