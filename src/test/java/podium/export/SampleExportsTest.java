package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.cli.Main;
import podium.model.Site;

/** The repository's five sample editions: every export validates, and every URL in them leads to a page. */
class SampleExportsTest {
  static final List<String> EDITIONS = List.of("ecc-2024", "ecc-2020", "ecd-2015", "go-cluster-2015", "prit-2010");

  static Site site;
  static Map<String, byte[]> files;

  @BeforeAll
  static void render() {
    site = Exports.site(Path.of("."));
    files = Exports.render(site);
  }

  @Test
  void everyEditionHasEveryFileInEveryLanguage() {
    for (String edition : EDITIONS) {
      for (String language : List.of("en", "fr", "de")) {
        String home = edition + "/" + language + "/";
        assertThat(files).containsKeys(home + "schedule.xml", home + "schedule.json", home + "programme.json",
            home + "programme.ics");
      }
    }
  }

  @Test
  void everyScheduleValidates() {
    Map<String, byte[]> xml = Exports.ending(files, "schedule.xml");
    Map<String, byte[]> json = Exports.ending(files, "schedule.json");
    assertThat(xml).hasSize(15);
    assertThat(json).hasSize(15);
    xml.forEach((path, bytes) -> assertThat(FrabSchemas.xmlProblem(bytes)).as(path).isNull());
    json.forEach((path, bytes) -> assertThat(FrabSchemas.jsonProblems(bytes)).as(path).isEmpty());
  }

  @Test
  void everyCalendarParses() {
    Map<String, byte[]> calendars = Exports.ending(files, ".ics");
    assertThat(calendars).hasSizeGreaterThan(15 * 3);
    // parsing rebuilds each file's VTIMEZONE, so the 500-odd files are parsed on every core
    calendars.entrySet().parallelStream().forEach(file -> {
      try {
        assertThat(CalendarsTest.parse(file.getValue()).getComponent("VTIMEZONE")).as(file.getKey()).isPresent();
      } catch (Exception e) {
        throw new AssertionError(file.getKey(), e);
      }
    });
  }

  @Test
  void aSecondRenderIsByteIdentical() {
    Map<String, byte[]> again = Exports.render(site);
    assertThat(again.keySet()).containsExactlyElementsOf(files.keySet());
    files.forEach((path, bytes) -> assertThat(again.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void everyPageUrlInProgrammeJsonIsAPageOfTheBuiltSite(@TempDir Path output) throws Exception {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", "--quiet",
        "--project", ".", "--output", output.toString());
    assertThat(code).as(err.toString()).isZero();
    for (Map.Entry<String, byte[]> file : Exports.ending(files, "programme.json").entrySet()) {
      Path home = output.resolve(file.getKey()).getParent();
      JsonNode programme = FrabSchemas.MAPPER.readTree(file.getValue());
      JsonNode urls = programme.get("edition").get("urls");
      assertThat(home.resolve(urls.get("programme").asText()).resolve("index.html")).isRegularFile();
      if (programme.get("speakers").isEmpty()) {
        assertThat(urls.get("speakers").isNull()).as(file.getKey()).isTrue();
      } else {
        assertThat(home.resolve(urls.get("speakers").asText()).resolve("index.html")).isRegularFile();
      }
      for (String list : new String[] {"days", "sessions", "speakers"}) {
        for (JsonNode item : programme.get(list)) {
          assertThat(home.resolve(item.get("url").asText()).resolve("index.html")).as(file.getKey()).isRegularFile();
          assertThat(files).containsKey(output.relativize(home.resolve(item.get("calendar").asText())).toString()
              .replace('\\', '/'));
        }
      }
      assertThat(Files.isRegularFile(home.resolve("index.html"))).isTrue();
    }
  }
}
