/** The transactional implementations of the personnel services. */
package org.cosqual.personnel.application.internal;
