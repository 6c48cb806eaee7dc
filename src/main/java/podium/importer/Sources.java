package podium.importer;

import java.time.ZoneId;
import java.util.List;
import podium.diagnostic.Problems;

/**
 * Which reader reads a file: by the format the command names and, for frab and tables, the file's extension.
 * A table may hold texts in several languages (a title column per language): it gives one schedule per
 * language, the command's language first, which join the edition one after the other.
 */
final class Sources {
  private Sources() {}

  static List<Imported> read(Importer.Format format, SourceFile file, String language, ZoneId known,
      Problems problems) {
    String extension = file.extension();
    return switch (format) {
      case FRAB -> switch (extension) {
        case "xml" -> one(file, problems, text -> FrabXmlReader.read(text, file.shown(), language, known, problems));
        case "json" -> one(file, problems, text -> FrabJsonReader.read(text, file.shown(), language, known, problems));
        default -> throw new IllegalArgumentException("'" + file.shown() + "' is neither .xml nor .json: import frab "
            + "reads schedule.xml or schedule.json");
      };
      case SESSIONIZE -> one(file, problems, text -> SessionizeReader.read(text, file.shown(), language, known,
          problems));
      case TABLE -> switch (extension) {
        case "csv" -> TableReader.read(TableRows.csv(file, problems), file.shown(), language, known, problems);
        case "xlsx" -> TableReader.read(TableRows.xlsx(file, problems), file.shown(), language, known, problems);
        default -> throw new IllegalArgumentException("'" + file.shown() + "' is neither .csv nor .xlsx: import table "
            + "reads a CSV file or an Excel workbook");
      };
    };
  }

  private static List<Imported> one(SourceFile file, Problems problems,
      java.util.function.Function<String, Imported> reader) {
    String text = file.text(problems);
    Imported imported = text == null ? null : reader.apply(text);
    return imported == null ? List.of() : List.of(imported);
  }
}
