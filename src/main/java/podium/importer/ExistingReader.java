package podium.importer;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import podium.diagnostic.Problems;
import podium.load.EditionDoc;
import podium.load.Parsed;
import podium.load.ProjectLoader;
import podium.load.SessionDoc;
import podium.load.SpeakerDoc;
import podium.load.YamlBinder;

/**
 * The edition's programme files as the loader reads them (the same binder, the same records), so an import
 * keeps every field it does not carry. Files with problems stop the import: it would write over what it could
 * not read.
 */
final class ExistingReader {
  private ExistingReader() {}

  static Existing read(Path root, String edition, Problems problems) {
    Path folder = root.resolve(ProjectLoader.DATA).resolve(edition);
    if (!Files.exists(folder.resolve("edition.yaml"))) {
      return Existing.none();
    }
    YamlBinder yaml = new YamlBinder();
    String base = ProjectLoader.DATA + "/" + edition + "/";
    Parsed<EditionDoc> doc = yaml.read(base + "edition.yaml", text(folder.resolve("edition.yaml")), EditionDoc.class,
        0, problems);
    List<SessionDoc> sessions = list(yaml, base + "sessions.yaml", folder.resolve("sessions.yaml"),
        yaml.types().constructCollectionType(List.class, SessionDoc.class), problems);
    List<SpeakerDoc> speakers = list(yaml, base + "speakers.yaml", folder.resolve("speakers.yaml"),
        yaml.types().constructCollectionType(List.class, SpeakerDoc.class), problems);
    if (doc == null || doc.value() == null) {
      return Existing.none();
    }
    return new Existing(doc.value(), sessions, speakers, descriptions(root, edition));
  }

  private static <T> List<T> list(YamlBinder yaml, String shown, Path file, JavaType type, Problems problems) {
    if (!Files.exists(file)) {
      return List.of();
    }
    Parsed<List<T>> parsed = yaml.read(shown, text(file), type, 0, problems);
    return parsed == null || parsed.value() == null ? List.of() : parsed.value();
  }

  /** Every language's session descriptions: {@code content/<edition>/<language>/sessions/<id>.md}. */
  private static Map<String, Map<String, String>> descriptions(Path root, String edition) {
    Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
    Path content = root.resolve(ProjectLoader.CONTENT).resolve(edition);
    if (!Files.isDirectory(content)) {
      return byLanguage;
    }
    try (Stream<Path> languages = Files.list(content)) {
      for (Path language : languages.sorted().toList()) {
        Path sessions = language.resolve("sessions");
        if (!Files.isDirectory(sessions)) {
          continue;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(sessions)) {
          for (Path file : files.sorted().toList()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".md") && Files.isRegularFile(file)) {
              texts.put(name.substring(0, name.length() - 3), text(file));
            }
          }
        }
        byLanguage.put(language.getFileName().toString(), texts);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return byLanguage;
  }

  static String text(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
