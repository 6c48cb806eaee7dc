package podium.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What stands in for input that was refused unread (a link leading out of the project, reported where it is),
 * so that what depends on it is not reported as missing too: without them a refused {@code data/} made every
 * page "belong to no edition", and a refused {@code templates/} left every language "without interface
 * strings".
 */
final class Placeholders {
  private Placeholders() {}

  /** An edition known by its id only, as one whose edition file cannot be read: it is not validated. */
  static EditionSource edition(String id) {
    return new EditionSource(id, null, null, null, Map.of(), null, List.of());
  }

  /** The editions that the pages and files of {@code content/} belong to. */
  static List<EditionSource> editionsOf(List<MarkdownSource> markdown, List<StaticFile> files) {
    return Stream.concat(markdown.stream().map(MarkdownSource::edition), files.stream().map(StaticFile::edition))
        .filter(Objects::nonNull).distinct().sorted().map(Placeholders::edition).toList();
  }

  /** An interface strings file for each language of {@code editions}, kept without strings as a broken one is. */
  static Map<String, Parsed<Map<String, String>>> stringsFor(List<EditionSource> editions) {
    Map<String, Parsed<Map<String, String>>> byLanguage = new LinkedHashMap<>();
    editions.stream().map(EditionSource::edition).filter(Objects::nonNull).map(Parsed::value)
        .filter(doc -> doc != null && doc.languages() != null).flatMap(doc -> doc.languages().stream())
        .filter(Objects::nonNull).forEach(language -> byLanguage.put(language,
            new Parsed<>(ProjectLoader.MESSAGES + "/" + language + ".yaml", null, SourceMap.NONE)));
    return byLanguage;
  }
}
