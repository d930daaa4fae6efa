package org.cosqual.personnel.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.cosqual.personnel.application.spreadsheet.SheetContent;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an .xlsx with POI's event API: the sheet XML streams through a SAX
 * parser, so neither a large nor a hostile file is ever loaded as a whole workbook.
 */
final class XlsxSheetReader {

  private static final Logger LOG = Logger.getLogger(XlsxSheetReader.class.getName());

  private static final Set<String> WORKBOOK_TYPES =
      Set.of(
          XSSFRelation.WORKBOOK.getContentType(),
          XSSFRelation.MACROS_WORKBOOK.getContentType(),
          XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
          XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

  private final SheetLayout layout;
  private final Function<String, String> labels;

  XlsxSheetReader(SheetLayout layout, Function<String, String> labels) {
    this.layout = layout;
    this.labels = labels;
  }

  SheetContent read(InputStream input) {
    try {
      InputStream in = FileMagic.prepareToCheckMagic(input);
      in.mark(1);
      if (in.read() < 0) {
        throw new BusinessException("error.spreadsheet.empty");
      }
      in.reset();
      if (FileMagic.valueOf(in) != FileMagic.OOXML) {
        throw notXlsx();
      }
      OPCPackage pkg = OPCPackage.open(in);
      try {
        if (!isWorkbook(pkg)) {
          throw notXlsx();
        }
        return firstSheet(new XSSFReader(pkg), pkg);
      } finally {
        pkg.revert();
      }
    } catch (EmptyFileException e) {
      throw new BusinessException("error.spreadsheet.empty");
    } catch (OpenXML4JException
        | OpenXML4JRuntimeException
        | POIXMLException
        | UnsupportedFileFormatException e) {
      throw notXlsx();
    } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
      if (e instanceof BusinessException refusal) {
        throw refusal;
      }
      if (e instanceof SAXException sax && sax.getException() instanceof BusinessException r) {
        throw r;
      }
      LOG.log(Level.INFO, "Unreadable spreadsheet", e);
      throw new BusinessException("error.spreadsheet.damaged");
    }
  }

  private SheetContent firstSheet(XSSFReader reader, OPCPackage pkg)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    Iterator<InputStream> sheets = reader.getSheetsData();
    if (!sheets.hasNext()) {
      throw new BusinessException("error.spreadsheet.noRows");
    }
    SheetRows rows = new SheetRows(layout, labels);
    try (InputStream sheet = sheets.next()) {
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(
          new SheetXmlHandler(
              sharedStrings(pkg), reader.getStylesTable(), rows::lastRowDeclared, rows::row));
      parser.parse(new InputSource(sheet));
    }
    return rows.finish();
  }

  /** Whether the package's main part is a workbook (and not, say, a Word document). */
  private static boolean isWorkbook(OPCPackage pkg) throws InvalidFormatException {
    PackageRelationship main =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
    if (main == null) {
      return false;
    }
    PackagePart part = pkg.getPart(main);
    return part != null && WORKBOOK_TYPES.contains(part.getContentType());
  }

  /** Loaded on first use: a sheet refused for its declared size never needs them. */
  private static Supplier<SharedStrings> sharedStrings(OPCPackage pkg) {
    return new Supplier<>() {
      private SharedStrings strings;

      @Override
      public SharedStrings get() {
        if (strings == null) {
          try {
            strings = new ReadOnlySharedStringsTable(pkg, false);
          } catch (IOException | SAXException e) {
            throw new IllegalStateException("Unreadable shared strings", e);
          }
        }
        return strings;
      }
    };
  }

  private static BusinessException notXlsx() {
    return new BusinessException("error.spreadsheet.notXlsx");
  }
}
