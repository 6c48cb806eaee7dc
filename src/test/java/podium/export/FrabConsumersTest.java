package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import podium.Minimal;
import podium.TestSite;

/**
 * schedule.xml read the way its consumers read it (../shared/schemas/frab/XSD-CONSUMERS.md: c3tt, the MQTT
 * Fahrplan provider; Giggity, EventFahrplan and ConfClerk show the texts): the elements each needs are there
 * and not empty, one language code per event, texts without Markdown or HTML, and the same acronym and slugs
 * as schedule.json.
 */
class FrabConsumersTest {
  /** An event with Markdown in its description, a short id, no track or type, in a room with a live stream. */
  static final String MARKDOWN = Minimal.EDITION.replace("""
        - id: lab
          name: Lab
      """, """
        - id: lab
          name: Lab
          stream: https://example.org/live/lab
      """) + Minimal.SPEAKERS + Minimal.SESSIONS.replace("- id: workshop", "- id: ws") + """
      -- content/demo/en/sessions/ws.md --
      # Hands on

      We work on **industrial competitiveness** with [the toolkit](https://example.org/kit) and `code`.

      - one *item*
      """;

  @TempDir
  Path folder;

  @Test
  void theSampleEditionsAreReadAsTheConsumersReadThem() throws Exception {
    checkEveryScheduleOf(Exports.of(Path.of(".")));
  }

  @Test
  void markdownBecomesPlainTextAndStreamsBecomeLinks() throws Exception {
    TestSite.write(folder, MARKDOWN);
    Map<String, byte[]> files = Exports.of(folder);
    checkEveryScheduleOf(files);
    Document xml = FrabXmlTest.parse(files.get("demo/en/schedule.xml"));
    Element workshop = (Element) xml.getElementsByTagName("event").item(1);
    assertThat(FrabXmlTest.child(workshop, "abstract")).as("the description's first paragraph")
        .isEqualTo("We work on industrial competitiveness with the toolkit (https://example.org/kit) and code.");
    assertThat(FrabXmlTest.child(workshop, "description")).isEqualTo("""
        Hands on

        We work on industrial competitiveness with the toolkit (https://example.org/kit) and code.

        • one item""");
    assertThat(FrabXmlTest.child(workshop, "slug")).as("a short id gains the event's number")
        .matches("demo-ws-[0-9]+");
    assertThat(FrabXmlTest.child(workshop, "type")).isEqualTo("other");
    assertThat(FrabXmlTest.child(workshop, "track")).as("the main programme").isEqualTo("Demo Congress 2030");
    assertThat(FrabXmlTest.children((Element) xml.getElementsByTagName("conference").item(0), "track"))
        .extracting(track -> track.getAttribute("name")).containsExactly("Policy", "Demo Congress 2030");
    Element link = (Element) workshop.getElementsByTagName("link").item(0);
    assertThat(link.getAttribute("href")).isEqualTo("https://example.org/live/lab");
    assertThat(link.getTextContent()).isEqualTo("Live stream");
  }

  private static void checkEveryScheduleOf(Map<String, byte[]> files) throws Exception {
    Map<String, byte[]> schedules = Exports.ending(files, "schedule.xml");
    assertThat(schedules).isNotEmpty();
    for (Map.Entry<String, byte[]> file : schedules.entrySet()) {
      String path = file.getKey();
      assertThat(FrabSchemas.xmlProblem(file.getValue())).as(path).isNull();
      Document xml = FrabXmlTest.parse(file.getValue());
      Element conference = (Element) xml.getElementsByTagName("conference").item(0);
      String acronym = FrabXmlTest.child(conference, "acronym");
      assertThat(FrabXmlTest.child(conference, "title")).as(path).isNotBlank();
      noEmptyElement(xml.getDocumentElement(), path);
      JsonNode json = FrabSchemas.MAPPER.readTree(files.get(path.replace(".xml", ".json"))).get("schedule");
      assertThat(json.get("conference").get("acronym").asText()).as(path).isEqualTo(acronym);
      Map<String, String> jsonSlugs = new HashMap<>();
      json.get("conference").get("days").forEach(day -> day.get("rooms").forEach(room -> room.forEach(
          event -> jsonSlugs.put(event.get("guid").asText(), event.get("slug").asText()))));
      NodeList events = xml.getElementsByTagName("event");
      for (int i = 0; i < events.getLength(); i++) {
        Element event = (Element) events.item(i);
        String where = path + " event " + event.getAttribute("guid");
        assertThat(event.getAttribute("id")).as(where).matches("[1-9][0-9]*");
        for (String needed : List.of("room", "title", "type", "date", "start", "duration", "slug", "track")) {
          assertThat(FrabXmlTest.children(event, needed)).as(where + " " + needed).hasSize(1);
          assertThat(FrabXmlTest.child(event, needed)).as(where + " " + needed).isNotBlank();
        }
        assertThat(FrabXmlTest.child(event, "language")).as(where).matches("[a-z]{2,3}");
        assertThat(FrabXmlTest.child(event, "type")).as(where + ": an id").matches("[a-z0-9][a-z0-9_-]*");
        assertThat(FrabXmlTest.child(event, "slug")).as(where).startsWith(acronym + "-")
            .isEqualTo(jsonSlugs.get(event.getAttribute("guid")));
        for (String text : List.of("abstract", "description")) {
          if (!FrabXmlTest.children(event, text).isEmpty()) {
            assertThat(FrabXmlTest.child(event, text)).as(where + " " + text)
                .doesNotContain("**", "](", "`", "<p>", "</").doesNotMatch("(?s)(^|.*\n)(#|\\* |- ).*");
          }
        }
      }
    }
  }

  /** No element without text, children or attributes, but the XSD's required abstract of a text-less session. */
  private static void noEmptyElement(Element element, String path) {
    boolean hasChildElement = false;
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
        hasChildElement = true;
        noEmptyElement((Element) children.item(i), path);
      }
    }
    if (!hasChildElement && !element.hasAttributes() && !element.getTagName().equals("abstract")) {
      assertThat(element.getTextContent()).as(path + ": <" + element.getTagName() + ">").isNotBlank();
    }
  }
}
