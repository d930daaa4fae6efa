/**
 * The shared review workflow: submit, then approve or return with a reason, correct and resubmit;
 * each step kept with who, when and why. Filings use it; courses and published content reuse it.
 */
package org.cosqual.personnel.domain.model.review;
