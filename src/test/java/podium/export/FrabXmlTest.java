package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import podium.Minimal;
import podium.TestSite;

/** schedule.xml: valid against c3voc's XSD, with the values frab consumers read. */
class FrabXmlTest {
  @TempDir
  Path folder;

  @Test
  void everyScheduleXmlValidatesAgainstTheXsd() {
    TestSite.write(folder.resolve("minimal"), Minimal.ALL);
    TestSite.write(folder.resolve("tricky"), Tricky.ALL);
    for (String project : new String[] {"minimal", "tricky"}) {
      Map<String, byte[]> xml = Exports.ending(Exports.of(folder.resolve(project)), "schedule.xml");
      assertThat(xml).hasSize(2);
      xml.forEach((path, bytes) -> assertThat(FrabSchemas.xmlProblem(bytes)).as(path).isNull());
    }
  }

  @Test
  void theConferenceDaysRoomsAndEventsCarryFrabValues() throws Exception {
    TestSite.write(folder, Minimal.ALL);
    Document xml = parse(Exports.of(folder).get("demo/fr/schedule.xml"));
    Element conference = (Element) xml.getElementsByTagName("conference").item(0);
    assertThat(child(conference, "acronym")).isEqualTo("demo");
    assertThat(child(conference, "title")).isEqualTo("Congrès démo 2030");
    assertThat(child(conference, "start")).isEqualTo("2030-03-04");
    assertThat(child(conference, "days")).isEqualTo("2");
    assertThat(child(conference, "timeslot_duration")).isEqualTo("00:30");
    assertThat(child(conference, "time_zone_name")).isEqualTo("Europe/Paris");
    assertThat(xml.getElementsByTagName("base_url").getLength()).as("no base_url without one").isZero();
    NodeList days = xml.getElementsByTagName("day");
    assertThat(days.getLength()).isEqualTo(2);
    Element first = (Element) days.item(0);
    assertThat(first.getAttribute("start")).isEqualTo("2030-03-04T00:00:00+01:00");
    assertThat(children(first, "room")).as("every room on every day").hasSize(2);
    Element opening = (Element) first.getElementsByTagName("event").item(0);
    // the name-based UUID v5 that Python's uuid.uuid5(uuid5(NAMESPACE_URL, 'urn:x-podium:programme'),
    // 'demo/session/opening') gives too, and its first 31 bits as the integer id
    assertThat(opening.getAttribute("guid")).isEqualTo("ce6177eb-a38f-54f8-ae19-de99098cf21a");
    assertThat(opening.getAttribute("id")).isEqualTo("1731247093");
    assertThat(child(opening, "title")).isEqualTo("Ouverture");
    assertThat(child(opening, "room")).isEqualTo("Grande salle");
    assertThat(child(opening, "date")).isEqualTo("2030-03-04T09:00:00+01:00");
    assertThat(child(opening, "start")).isEqualTo("09:00");
    assertThat(child(opening, "duration")).isEqualTo("00:30");
    assertThat(child(opening, "track")).isEqualTo("Politique");
    assertThat(child(opening, "type")).as("the type's id").isEqualTo("talk");
    assertThat(child(opening, "language")).isEqualTo("en");
    assertThat(child(opening, "abstract")).isEqualTo("Bienvenue au congrès.");
    assertThat(child(opening, "person")).isEqualTo("Ada Example");
    Element workshop = (Element) ((Element) days.item(1)).getElementsByTagName("event").item(0);
    assertThat(child(workshop, "title")).as("untranslated: the default language's").isEqualTo("Workshop");
  }

  @Test
  void untrustedTextIsEscapedAndSurvivesParsing() throws Exception {
    TestSite.write(folder, Tricky.ALL);
    Map<String, byte[]> files = Exports.of(folder);
    Document xml = parse(files.get("tricky/en/schedule.xml"));
    Element event = (Element) xml.getElementsByTagName("event").item(0);
    assertThat(child(event, "title")).isEqualTo(Tricky.TITLE_EN);
    assertThat(child(event, "person")).isEqualTo("Bob \"The Builder\" <b>");
    assertThat(child(event, "language")).as("the first language it is held in").isEqualTo("de");
    assertThat(child(event, "url")).isEqualTo("https://example.org/tricky/en/sessions/tricky/");
    NodeList links = event.getElementsByTagName("link");
    assertThat(links.getLength()).isEqualTo(2);
    assertThat(((Element) links.item(0)).getAttribute("href"))
        .isEqualTo("https://example.org/slides?talk=tricky&lang=de");
    assertThat(links.item(0).getTextContent()).isEqualTo("Slides");
    assertThat(((Element) links.item(1)).getAttribute("href")).isEqualTo("mailto:info@example.org");
    assertThat(child((Element) xml.getElementsByTagName("conference").item(0), "base_url"))
        .isEqualTo("https://example.org/tricky/en/");
    Document german = parse(files.get("tricky/de/schedule.xml"));
    Element secondDay = (Element) german.getElementsByTagName("day").item(1);
    assertThat(secondDay.getAttribute("end")).as("summer time began that night").endsWith("+02:00");
    assertThat(children(secondDay, "room").get(0).getAttribute("name"))
        .as("two rooms named Saal in German").isEqualTo("Saal (a)");
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  static String child(Element parent, String name) {
    return parent.getElementsByTagName(name).item(0).getTextContent();
  }
}
