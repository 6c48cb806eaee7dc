package podium.importer;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/**
 * The rows of a table, each cell with its place: in a CSV file its line and column, in a workbook (its first
 * sheet) its row and column number. CSV is read by Jackson (the family that already reads YAML and JSON here),
 * workbooks by FastExcel, streamed, at most {@link #MAX_ROWS} rows. A workbook's date or time cell is given as
 * Excel stores it, a number of days; {@link TableReader} reads it as such.
 */
final class TableRows {
  static final int MAX_ROWS = 20_000;

  record Cell(String text, Position at) {}

  private TableRows() {}

  static List<List<TableRows.Cell>> csv(SourceFile file, Problems problems) {
    String text = file.text(problems);
    if (text == null) {
      return null;
    }
    List<List<TableRows.Cell>> rows = new ArrayList<>();
    CsvMapper mapper = new CsvMapper();
    try (CsvParser parser = mapper.getFactory().createParser(text)) {
      // without a schema, each record is an array of its cells
      List<TableRows.Cell> row = null;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY) {
          row = new ArrayList<>();
        } else if (token == JsonToken.END_ARRAY && row != null) {
          rows.add(row);
          row = null;
          if (rows.size() > MAX_ROWS) {
            problems.error(file.shown(), Position.START, "the table has more than " + MAX_ROWS + " rows", null);
            return null;
          }
        } else if (token == JsonToken.VALUE_STRING && row != null) {
          row.add(new TableRows.Cell(parser.getText(), new Position(parser.currentTokenLocation().getLineNr(),
              parser.currentTokenLocation().getColumnNr())));
        }
      }
    } catch (IOException e) {
      problems.error(file.shown(), Position.START, "not a CSV file the reader understands", null);
      return null;
    }
    return rows;
  }

  static List<List<TableRows.Cell>> xlsx(SourceFile file, Problems problems) {
    byte[] bytes = file.bytes(problems);
    if (bytes == null) {
      return null;
    }
    List<List<TableRows.Cell>> rows = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getFirstSheet();
      try (var stream = sheet.openStream()) {
        for (Row row : (Iterable<Row>) stream.limit(MAX_ROWS + 1L)::iterator) {
          List<TableRows.Cell> cells = new ArrayList<>();
          for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(new TableRows.Cell(text(row.getCell(i)), new Position(row.getRowNum(), i + 1)));
          }
          rows.add(cells);
        }
      }
      if (rows.size() > MAX_ROWS) {
        problems.error(file.shown(), Position.START, "the table has more than " + MAX_ROWS + " rows", null);
        return null;
      }
    } catch (IOException | RuntimeException e) {
      problems.error(file.shown(), Position.START, "not an Excel workbook (.xlsx) the reader understands",
          "save it as .xlsx, or as CSV in UTF-8");
      return null;
    }
    return rows;
  }

  /** A cell's text; a number (a date or time, too) as plain digits, which {@link TableReader} reads. */
  private static String text(org.dhatim.fastexcel.reader.Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    if (cell.getType() == CellType.NUMBER) {
      BigDecimal number = cell.asNumber();
      return number.stripTrailingZeros().toPlainString();
    }
    return cell.getText() == null ? "" : cell.getText();
  }
}
