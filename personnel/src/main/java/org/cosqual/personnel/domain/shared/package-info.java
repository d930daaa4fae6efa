/** Exceptions and small types shared by every aggregate of every module. */
package org.cosqual.personnel.domain.shared;
