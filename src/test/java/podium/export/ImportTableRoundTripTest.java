package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;
import podium.model.Edition;
import podium.model.Localized;
import podium.model.Markdown;
import podium.model.Session;
import podium.model.Site;
import podium.model.Speaker;

/**
 * Issue 19's round trip for a spreadsheet: a sample edition written as a CSV table (a row per session, a title,
 * abstract and description column per language) and imported into a project without editions gives the same
 * schedule.xml in its default language, apart from the ids and order of rooms and tracks and the ids of types,
 * which a table does not carry (they come in the order the table first names them; a type's id is its name's
 * slug, so the original's type ids are mapped by name); in the other languages the same, apart also from
 * the names of the edition, rooms, tracks and types, which a table gives in one language only (README, "Import a
 * programme").
 */
class ImportTableRoundTripTest {
  @TempDir
  Path folder;

  @Test
  void aCsvWrittenFromASampleEditionComesBackAsItWas() throws IOException {
    Site site = Exports.site(Path.of("."));
    Map<String, byte[]> original = Exports.render(site);
    Edition edition = site.editions().stream().filter(e -> e.id().equals("ecd-2015")).findFirst().orElseThrow();
    TestSite project = TestSite.write(folder, "-- site.yaml --\n" + Files.readString(Path.of("site.yaml")));
    Path csv = folder.resolve("incoming/ecd-2015.csv");
    Files.createDirectories(csv.getParent());
    Files.writeString(csv, table(edition));

    TestSite.Run run = project.run("import", "table", csv.toString(), "--edition", "ecd-2015", "--language",
        edition.defaultLanguage(), "--timezone", edition.timezone().getId(), "--name", edition.name().texts()
            .get(edition.defaultLanguage()), "--venue", "Somewhere");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Site rebuiltSite = Exports.site(folder);
    Map<String, byte[]> rebuilt = Exports.render(rebuiltSite);
    Map<String, String> typeIds = typeIds(edition, rebuiltSite.editions().get(0));
    for (String language : edition.languages()) {
      String path = "ecd-2015/" + language + "/schedule.xml";
      String expected = ImportRoundTripTest.carried(sameTypeIds(Exports.text(original.get(path)), typeIds));
      String actual = ImportRoundTripTest.carried(Exports.text(rebuilt.get(path)));
      if (language.equals(edition.defaultLanguage())) {
        assertThat(inAnyOrder(actual)).as(path).isEqualTo(inAnyOrder(expected));
      } else {
        assertThat(inAnyOrder(namesLeftOut(actual))).as(path).isEqualTo(inAnyOrder(namesLeftOut(expected)));
      }
    }
  }

  private static String table(Edition edition) throws IOException {
    List<String> header = new ArrayList<>(List.of("id", "date", "start", "end", "room", "track", "type", "speakers",
        "held_in", "interpretation"));
    for (String text : List.of("title", "abstract", "description")) {
      edition.languages().forEach(language -> header.add(text + "_" + language));
    }
    List<List<String>> rows = new ArrayList<>(List.of(header));
    String main = edition.defaultLanguage();
    for (Session session : edition.sessions()) {
      List<String> row = new ArrayList<>(List.of(session.id(), session.start().toLocalDate().toString(),
          session.start().toLocalTime().toString(), session.end().toLocalTime().toString(),
          session.room().name().in(List.of(main)), session.track() == null ? "" : session.track().name().in(List.of(main)),
          session.type() == null ? "" : session.type().name().in(List.of(main)),
          String.join("; ", session.speakers().stream().map(Speaker::name).toList()),
          String.join(" ", session.heldIn()), String.join(" ", session.interpretation())));
      edition.languages().forEach(language -> row.add(own(session.title(), language)));
      edition.languages().forEach(language -> row.add(own(session.summary(), language)));
      edition.languages().forEach(language -> {
        Markdown description = session.descriptions().get(language);
        row.add(description == null ? "" : description.text().strip());
      });
      rows.add(row);
    }
    return new CsvMapper().writeValueAsString(rows);
  }

  /**
   * Each type's id in the original edition mapped to the id the import gave the type of the same name: schedule.xml
   * names a session's type by its id, and a table gives the type's name only (the imported id is its slug).
   */
  private static Map<String, String> typeIds(Edition original, Edition imported) {
    String main = original.defaultLanguage();
    Map<String, String> byName = new java.util.HashMap<>();
    imported.types().forEach(type -> byName.put(type.name().in(List.of(main)), type.id()));
    Map<String, String> ids = new java.util.HashMap<>();
    original.types().forEach(type -> ids.put(type.id(),
        java.util.Objects.requireNonNull(byName.get(type.name().in(List.of(main))), type.id())));
    return ids;
  }

  private static String sameTypeIds(String schedule, Map<String, String> typeIds) {
    return java.util.regex.Pattern.compile("<type>([^<]*)</type>").matcher(schedule).replaceAll(match ->
        "<type>" + java.util.regex.Matcher.quoteReplacement(typeIds.getOrDefault(match.group(1), match.group(1)))
            + "</type>");
  }

  private static String own(Localized text, String language) {
    return text == null || text.texts().get(language) == null ? "" : text.texts().get(language);
  }

  /** Tracks without their slugs (ids) and rooms of each day, each sorted: the order a table does not give. */
  private static String inAnyOrder(String schedule) {
    String tracks = schedule.replaceAll(" slug=\"[^\"]*\"", "");
    java.util.regex.Matcher lines = java.util.regex.Pattern.compile("(?m)(^ *<track name=.*\\n)+").matcher(tracks);
    StringBuilder sorted = new StringBuilder();
    while (lines.find()) {
      lines.appendReplacement(sorted, java.util.regex.Matcher.quoteReplacement(
          String.join("\n", lines.group().lines().sorted().toList()) + "\n"));
    }
    lines.appendTail(sorted);
    java.util.regex.Matcher days = java.util.regex.Pattern.compile("(?s)(<day [^>]*>\\n)(.*?)(  </day>)")
        .matcher(sorted.toString());
    StringBuilder out = new StringBuilder();
    while (days.find()) {
      List<String> rooms = new ArrayList<>(List.of(days.group(2).split("(?m)(?=^    <room[ >/])")));
      rooms.sort(null);
      days.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(days.group(1) + String.join("", rooms)
          + days.group(3)));
    }
    days.appendTail(out);
    return out.toString();
  }

  private static String namesLeftOut(String schedule) {
    return schedule.replaceAll("<(room|track|type)>[^<]*</\\1>", "<$1/>")
        .replaceFirst("<title>[^<]*</title>", "<title/>")
        .replaceAll("<track name=\"[^\"]*\"( slug=\"[^\"]*\")?>[^<]*</track>", "<track/>")
        .replaceAll("<room name=\"[^\"]*\"", "<room");
  }
}
