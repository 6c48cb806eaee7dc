package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/** The same input gives the same bytes; ids depend on the item, not on what else is in the programme. */
class StableIdsTest {
  static final String EARLY_SESSION = """
      - id: aaa-early
        title: {en: Registration}
        date: 2030-03-04
        start: "08:00"
        end: "08:45"
        room: hall
        languages: [en]
      """;

  @TempDir
  Path folder;

  @Test
  void twoRendersAreByteIdentical() {
    TestSite.write(folder, Tricky.ALL);
    Map<String, byte[]> first = Exports.of(folder);
    Map<String, byte[]> second = Exports.of(folder);
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void idsGuidsAndUidsSurviveAnEarlierSessionBeingAdded() throws IOException {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    Map<String, byte[]> before = Exports.of(folder);
    site.add(Minimal.SESSIONS.replace("-- data/demo/sessions.yaml --\n",
        "-- data/demo/sessions.yaml --\n" + EARLY_SESSION));
    Map<String, byte[]> after = Exports.of(folder);

    assertThat(ids(after.get("demo/en/programme.json"))).containsKey("aaa-early")
        .containsAllEntriesOf(ids(before.get("demo/en/programme.json")));
    assertThat(Exports.text(after.get("demo/en/schedule.xml"))).contains("<start>08:00</start>");
    for (String session : new String[] {"opening", "workshop"}) {
      String path = "demo/en/sessions/" + session + "/" + session + ".ics";
      assertThat(Exports.text(after.get(path))).as("nothing in its own calendar changes").isEqualTo(
          Exports.text(before.get(path)));
    }
  }

  @Test
  void aSessionHasTheSameIdsInEveryLanguage() throws IOException {
    TestSite.write(folder, Minimal.ALL);
    Map<String, byte[]> files = Exports.of(folder);
    assertThat(ids(files.get("demo/fr/programme.json"))).isEqualTo(ids(files.get("demo/en/programme.json")));
    assertThat(CalendarsTest.value(events(files, "demo/fr/sessions/opening/opening.ics"), "UID"))
        .isEqualTo(CalendarsTest.value(events(files, "demo/en/sessions/opening/opening.ics"), "UID"))
        .isEqualTo("opening@demo.podium");
  }

  private static VEvent events(Map<String, byte[]> files, String path) {
    try {
      return CalendarsTest.events(files.get(path)).get(0);
    } catch (Exception e) {
      throw new AssertionError(path, e);
    }
  }

  /** Session id → "frab id / guid", from a programme.json. */
  static Map<String, String> ids(byte[] programme) throws IOException {
    Map<String, String> ids = new LinkedHashMap<>();
    for (JsonNode session : FrabSchemas.MAPPER.readTree(programme).get("sessions")) {
      ids.put(session.get("id").asText(), session.get("frab_id").asInt() + " / " + session.get("guid").asText());
    }
    for (JsonNode speaker : FrabSchemas.MAPPER.readTree(programme).get("speakers")) {
      ids.put("speaker " + speaker.get("id").asText(), speaker.get("frab_id").asInt() + " / "
          + speaker.get("guid").asText());
    }
    return ids;
  }
}
