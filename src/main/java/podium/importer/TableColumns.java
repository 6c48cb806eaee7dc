package podium.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import podium.validate.Ids;

/**
 * The header row of a table: which column holds what. Texts have a column per language ({@code title_fr},
 * {@code abstract de}, {@code description-en}); a text column without a language is in the command's language.
 * Names are compared without case, with spaces and dashes read as underscores.
 */
final class TableColumns {
  static final List<String> SINGLE = List.of("id", "date", "start", "end", "room", "track", "type", "speakers",
      "held_in", "interpretation", "links");
  static final Set<String> TEXTS = Set.of("title", "abstract", "description");

  private final Map<String, Integer> single = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> texts = new LinkedHashMap<>();
  private final List<String> languages = new ArrayList<>();

  /** Reads the header; an unknown column is reported at its cell. */
  TableColumns(List<TableRows.Cell> header, String language, Values values) {
    languages.add(language);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).text().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
      name = name.equals("languages") ? "held_in" : name;
      int split = name.indexOf('_');
      String base = split < 0 ? name : name.substring(0, split);
      String suffix = split < 0 ? language : name.substring(split + 1);
      if (SINGLE.contains(name)) {
        single.put(name, i);
      } else if (TEXTS.contains(base) && Ids.isLanguageCode(suffix)) {
        texts.computeIfAbsent(base, key -> new LinkedHashMap<>()).put(suffix, i);
        if (!languages.contains(suffix)) {
          languages.add(suffix);
        }
      } else if (!name.isEmpty()) {
        values.error(header.get(i).at(), "unknown column '" + header.get(i).text().strip() + "'", "columns are "
            + String.join(", ", SINGLE) + ", and title, abstract, description, each with a language: title_en");
      }
    }
    for (String required : List.of("date", "start", "end", "room")) {
      if (!single.containsKey(required)) {
        values.error(header.isEmpty() ? podium.diagnostic.Position.START : header.get(0).at(),
            "the table has no column '" + required + "'", null);
      }
    }
    if (!texts.containsKey("title") || !texts.get("title").containsKey(language)) {
      values.error(header.isEmpty() ? podium.diagnostic.Position.START : header.get(0).at(),
          "the table has no column 'title_" + language + "'", "or 'title', for texts in " + language);
    }
  }

  /** The languages of the table's texts, the command's first. */
  List<String> languages() {
    return languages;
  }

  /** The cell of a single column in {@code row}, or null (an absent or empty cell). */
  TableRows.Cell cell(List<TableRows.Cell> row, String column) {
    Integer index = single.get(column);
    return cellAt(row, index);
  }

  TableRows.Cell text(List<TableRows.Cell> row, String column, String language) {
    Integer index = texts.getOrDefault(column, Map.of()).get(language);
    return cellAt(row, index);
  }

  private static TableRows.Cell cellAt(List<TableRows.Cell> row, Integer index) {
    if (index == null || index >= row.size() || row.get(index).text().isBlank()) {
      return null;
    }
    return row.get(index);
  }
}
