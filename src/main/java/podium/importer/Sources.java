package podium.importer;

import java.time.ZoneId;
import podium.diagnostic.Problems;

/** Which reader reads a file: by the format the command names and, for frab and tables, the file's extension. */
final class Sources {
  private Sources() {}

  static Imported read(Importer.Format format, SourceFile file, String language, ZoneId known, Problems problems) {
    String extension = file.extension();
    String text = extension.equals("xml") || extension.equals("json") ? file.text(problems) : null;
    return switch (format) {
      case FRAB -> switch (extension) {
        case "xml" -> text == null ? null : FrabXmlReader.read(text, file.shown(), language, known, problems);
        case "json" -> text == null ? null : FrabJsonReader.read(text, file.shown(), language, known, problems);
        default -> throw new IllegalArgumentException("'" + file.shown() + "' is neither .xml nor .json: import frab "
            + "reads schedule.xml or schedule.json");
      };
      case SESSIONIZE -> throw new IllegalArgumentException("sessionize import is not built yet");
      case TABLE -> throw new IllegalArgumentException("table import is not built yet");
    };
  }
}
