/**
 * The .xlsx side of the shared spreadsheet service, on Apache POI: a streaming reader of the sheet
 * XML (never the whole workbook in memory) and the template and list writers.
 */
package org.cosqual.personnel.infrastructure.spreadsheet;
