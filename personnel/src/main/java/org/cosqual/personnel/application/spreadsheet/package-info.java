/**
 * The shared spreadsheet import and export every module uses: column layouts whose keys are the
 * bundle keys of their headers, the reader that validates every cell of an uploaded .xlsx, the
 * row-by-row error report, batch commits that lose no good row, templates and list exports.
 */
package org.cosqual.personnel.application.spreadsheet;
