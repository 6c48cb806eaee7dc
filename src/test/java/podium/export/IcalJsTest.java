package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.RequiredTool;
import podium.TestSite;

/**
 * Every calendar file reads the same in ical4j and in Mozilla's ical.js (npm, the parser of Thunderbird's
 * calendar), run by node over {@code src/test/node/ical-read.mjs}: the same calendar properties, the same
 * events with the same properties and values, date-times as the same instants.
 */
class IcalJsTest {
  private static final Path READER = Path.of("src/test/node/ical-read.mjs");

  @TempDir
  Path folder;

  @Test
  void theSampleEditionsAndTrickyCalendarsReadTheSameInBothParsers() throws Exception {
    RequiredTool.require("ical.js", Files.isDirectory(Path.of("node_modules/ical.js"))
        && RequiredTool.onPath("node"), "npm ci");
    TestSite.write(folder.resolve("tricky"), Tricky.ALL);
    TestSite.write(folder.resolve("stream"), FrabConsumersTest.MARKDOWN);
    Path files = folder.resolve("files");
    for (Path project : List.of(Path.of("."), folder.resolve("tricky"), folder.resolve("stream"))) {
      for (Map.Entry<String, byte[]> file : Exports.ending(Exports.of(project), ".ics").entrySet()) {
        Path target = files.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
    }
    JsonNode read = icalJs(files);
    List<String> paths;
    try (var walk = Files.walk(files)) {
      paths = walk.filter(path -> path.toString().endsWith(".ics")).map(path -> files.relativize(path).toString()
          .replace('\\', '/')).sorted().toList();
    }
    assertThat(read.size()).isEqualTo(paths.size()).isGreaterThan(300);
    boolean sawConference = false;
    for (String path : paths) {
      Calendar calendar = CalendarsTest.parse(Files.readAllBytes(files.resolve(path)));
      JsonNode file = read.get(path);
      assertThat(pairs(file.get("calendar"))).as(path).isEqualTo(properties(calendar.getProperties()));
      List<CalendarComponent> events = calendar.getComponents("VEVENT");
      assertThat(file.get("events")).as(path).hasSize(events.size());
      for (int i = 0; i < events.size(); i++) {
        List<List<String>> expected = properties(events.get(i).getProperties());
        assertThat(pairs(file.get("events").get(i))).as(path + " event " + i).isEqualTo(expected);
        sawConference |= expected.stream().anyMatch(pair -> pair.get(0).equals("CONFERENCE"));
      }
    }
    assertThat(sawConference).as("rooms with a stream give a CONFERENCE").isTrue();
  }

  @Test
  void aRoomWithAStreamGivesItsSessionsAConference() throws Exception {
    TestSite.write(folder, FrabConsumersTest.MARKDOWN);
    Map<String, byte[]> files = Exports.of(folder);
    String lab = new String(files.get("demo/fr/sessions/ws/ws.ics"), StandardCharsets.UTF_8);
    assertThat(lab.replace("\r\n ", "")).contains(
        "CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Diffusion en direct:https://example.org/live/lab\r\n");
    String hall = new String(files.get("demo/fr/sessions/opening/opening.ics"), StandardCharsets.UTF_8);
    assertThat(hall).doesNotContain("CONFERENCE");
  }

  /** Each property as name and value, as ical-read.mjs gives them. */
  private static List<List<String>> properties(List<Property> properties) {
    List<List<String>> pairs = new ArrayList<>();
    for (Property property : properties) {
      String value;
      if (property instanceof DateProperty<?> date) {
        Temporal time = date.getDate();
        long seconds = time instanceof ZonedDateTime zoned ? zoned.toEpochSecond()
            : time instanceof Instant instant ? instant.getEpochSecond() : Instant.from(time).getEpochSecond();
        value = Long.toString(seconds);
      } else if (property instanceof Categories categories) {
        value = String.join("\u0000", categories.getCategories().getTexts());
      } else {
        value = property.getValue();
      }
      pairs.add(List.of(property.getName(), value));
    }
    return pairs;
  }

  private static List<List<String>> pairs(JsonNode properties) {
    List<List<String>> pairs = new ArrayList<>();
    properties.forEach(pair -> pairs.add(List.of(pair.get(0).asText(), pair.get(1).asText())));
    return pairs;
  }

  private static JsonNode icalJs(Path files) throws Exception {
    Path out = files.resolveSibling("ical-js.json");
    Path err = files.resolveSibling("ical-js.err");
    Process node = new ProcessBuilder("node", READER.toString(), files.toString())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("ical.js finished").isTrue();
    assertThat(node.exitValue()).as(Files.readString(err)).isZero();
    return FrabSchemas.MAPPER.readTree(out.toFile());
  }
}
