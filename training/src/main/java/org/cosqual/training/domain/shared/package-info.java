/** What the training module's aggregates share: entries of lists kept as data. */
package org.cosqual.training.domain.shared;
