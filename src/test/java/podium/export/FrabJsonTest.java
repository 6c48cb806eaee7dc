package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/** schedule.json: valid against the schema frab and pretalx declare, with the same values as schedule.xml. */
class FrabJsonTest {
  @TempDir
  Path folder;

  @Test
  void everyScheduleJsonValidatesAgainstTheSchema() {
    TestSite.write(folder.resolve("minimal"), Minimal.ALL);
    TestSite.write(folder.resolve("tricky"), Tricky.ALL);
    for (String project : new String[] {"minimal", "tricky"}) {
      Map<String, byte[]> json = Exports.ending(Exports.of(folder.resolve(project)), "schedule.json");
      assertThat(json).hasSize(2);
      json.forEach((path, bytes) -> assertThat(FrabSchemas.jsonProblems(bytes)).as(path).isEmpty());
    }
  }

  @Test
  void eventsMatchTheXmlSchedule() throws Exception {
    TestSite.write(folder, Tricky.ALL);
    Map<String, byte[]> files = Exports.of(folder);
    JsonNode schedule = FrabSchemas.MAPPER.readTree(files.get("tricky/en/schedule.json")).get("schedule");
    JsonNode conference = schedule.get("conference");
    assertThat(conference.get("acronym").asText()).isEqualTo("tricky");
    assertThat(conference.get("daysCount").asInt()).isEqualTo(2);
    assertThat(schedule.get("base_url").asText()).isEqualTo("https://example.org/tricky/en/");
    JsonNode day = conference.get("days").get(0);
    assertThat(day.get("rooms").fieldNames()).toIterable().containsExactly("Hall A", "Hall B");
    JsonNode event = day.get("rooms").get("Hall A").get(0);
    assertThat(event.get("title").asText()).isEqualTo(Tricky.TITLE_EN);
    assertThat(event.get("date").asText()).isEqualTo("2031-03-29T09:00:00+01:00");
    assertThat(event.get("end").asText()).isEqualTo("2031-03-29T10:30:00+01:00");
    assertThat(event.get("duration").asText()).isEqualTo("01:30");
    assertThat(event.get("url").asText()).isEqualTo("https://example.org/tricky/en/sessions/tricky/");
    assertThat(event.get("persons").get(0).get("name").asText()).isEqualTo("Bob \"The Builder\" <b>");
    assertThat(event.get("links")).hasSize(2);

    String xml = Exports.text(files.get("tricky/en/schedule.xml"));
    assertThat(xml).contains("guid=\"" + event.get("guid").asText() + "\"")
        .contains("id=\"" + event.get("id").asInt() + "\"")
        .contains("<version>" + schedule.get("version").asText() + "</version>");
  }

  @Test
  void withoutBaseUrlAnEventUrlIsItsUrn() throws Exception {
    TestSite.write(folder, Minimal.ALL);
    JsonNode schedule = FrabSchemas.MAPPER.readTree(Exports.of(folder).get("demo/en/schedule.json")).get("schedule");
    assertThat(schedule.has("base_url")).isFalse();
    JsonNode conference = schedule.get("conference");
    assertThat(conference.get("acronym").asText()).isEqualTo("demo");
    JsonNode event = conference.get("days").get(0).get("rooms").get("Main hall").get(0);
    assertThat(event.get("url").asText()).isEqualTo("urn:uuid:" + event.get("guid").asText());
  }

  @Test
  void hyphenatedEditionIdsBecomeSchemaConformingAcronyms() throws Exception {
    TestSite.write(folder, Minimal.ALL.replace("data/demo/", "data/demo-2030/")
        .replace("content/demo/", "content/demo-2030/"));
    Map<String, byte[]> files = Exports.of(folder);
    JsonNode json = FrabSchemas.MAPPER.readTree(files.get("demo-2030/en/schedule.json"));
    assertThat(json.get("schedule").get("conference").get("acronym").asText()).isEqualTo("demo_2030");
    assertThat(FrabSchemas.jsonProblems(files.get("demo-2030/en/schedule.json"))).isEmpty();
    assertThat(Exports.text(files.get("demo-2030/en/schedule.xml"))).as("the same in both")
        .contains("<acronym>demo_2030</acronym>");
  }
}
