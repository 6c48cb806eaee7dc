package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/** schedule2.json: every language's texts in one file, valid against c3voc's schema2 with formats checked. */
class FrabJson2Test {
  @TempDir
  Path folder;

  @Test
  void everyMultilingualScheduleValidatesWithFormatsChecked() {
    TestSite.write(folder.resolve("minimal"), Minimal.ALL);
    TestSite.write(folder.resolve("tricky"), Tricky.ALL);
    TestSite.write(folder.resolve("markdown"), FrabConsumersTest.MARKDOWN);
    for (String project : new String[] {"minimal", "tricky", "markdown"}) {
      Map<String, byte[]> json = Exports.ending(Exports.of(folder.resolve(project)), "schedule2.json");
      assertThat(json).hasSize(1);
      json.forEach((path, bytes) -> assertThat(FrabSchemas.json2Problems(bytes)).as(path).isEmpty());
    }
  }

  @Test
  void theSampleEditionsValidate() {
    Map<String, byte[]> json = Exports.ending(Exports.of(Path.of(".")), "schedule2.json");
    assertThat(json).hasSize(SampleExportsTest.EDITIONS.size());
    json.forEach((path, bytes) -> assertThat(FrabSchemas.json2Problems(bytes)).as(path).isEmpty());
  }

  @Test
  void formatCheckingIsOn() {
    byte[] date = """
        {"schedule": {"version": "1", "conference": {"title": "T", "acronym": "demo", "days": [],
          "start": "2030-03-04", "end": "2030-03-05T00:00:00+01:00"}}}
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(FrabSchemas.json2Problems(date)).singleElement().asString().contains("date-time");
  }

  @Test
  void textsOfEveryLanguageSitInOneFileAndValuesMatchTheOtherSchedules() throws Exception {
    TestSite.write(folder, FrabConsumersTest.MARKDOWN);
    Map<String, byte[]> files = Exports.of(folder);
    JsonNode schedule = FrabSchemas.MAPPER.readTree(files.get("demo/schedule2.json")).get("schedule");
    JsonNode perLanguage = FrabSchemas.MAPPER.readTree(files.get("demo/fr/schedule.json")).get("schedule");
    JsonNode conference = schedule.get("conference");
    assertThat(conference.get("acronym")).isEqualTo(perLanguage.get("conference").get("acronym"));
    assertThat(conference.get("languages").toString()).isEqualTo("[\"en\",\"fr\"]");
    assertThat(conference.get("defaults").get("language").asText()).isEqualTo("en");
    assertThat(conference.get("timeslot_duration").asText()).isEqualTo("PT30M");
    assertThat(conference.get("start").asText()).isEqualTo("2030-03-04T00:00:00+01:00");
    JsonNode opening = schedule.get("events").get(0);
    assertThat(opening.get("abstract").toString())
        .isEqualTo("{\"en\":\"Welcome to the congress.\",\"fr\":\"Bienvenue au congrès.\"}");
    assertThat(opening.get("type").asText()).isEqualTo("TALK");
    assertThat(opening.get("track").get("slug").asText()).isEqualTo("policy");
    assertThat(opening.get("participants").get(0).get("name").asText()).isEqualTo("Ada Example");
    JsonNode frenchOpening = perLanguage.get("conference").get("days").get(0).get("rooms").get("Grande salle").get(0);
    assertThat(opening.get("guid")).isEqualTo(frenchOpening.get("guid"));
    assertThat(opening.get("slug")).isEqualTo(frenchOpening.get("slug"));
    JsonNode workshop = schedule.get("events").get(1);
    assertThat(workshop.get("description").fieldNames()).toIterable().as("only the language written")
        .containsExactly("en");
    assertThat(workshop.get("description").get("en").asText()).startsWith("Hands on\n\nWe work on industrial");
    assertThat(workshop.get("track").get("slug").asText()).as("the main programme").isEqualTo("demo");
    assertThat(workshop.get("links").get(0).get("url").asText()).isEqualTo("https://example.org/live/lab");
  }

  @Test
  void aBreakIsAMetaEvent() throws Exception {
    TestSite.write(folder, Minimal.ALL.replace("""
        types:
          - id: talk""", """
        types:
          - id: pause
            name: {en: Break, fr: Pause}
          - id: talk""").replace("room: lab\n", "room: lab\n  type: pause\n"));
    byte[] bytes = Exports.of(folder).get("demo/schedule2.json");
    assertThat(FrabSchemas.json2Problems(bytes)).isEmpty();
    JsonNode pause = FrabSchemas.MAPPER.readTree(bytes).get("schedule").get("events").get(1);
    assertThat(pause.get("type").asText()).isEqualTo("BREAK");
    assertThat(pause.fieldNames()).toIterable().containsExactly("guid", "title", "type", "start", "end", "room");
  }
}
