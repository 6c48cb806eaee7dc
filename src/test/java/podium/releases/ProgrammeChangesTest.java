package podium.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/**
 * A programme, a release, an edit (move, cancel, add), a second release: what every output tells of it, and
 * that it follows from the committed files alone (two builds are byte-identical).
 */
class ProgrammeChangesTest {
  @TempDir
  Path folder;

  @Test
  void calendarsFollowTheReleases() throws Exception {
    TestSite site = ReleaseStory.twice(folder);
    assertThat(site.build().exitCode()).isZero();
    Map<String, VEvent> events = events(site.file("demo/en/programme.ics"));
    assertThat(events).containsOnlyKeys("opening@demo.podium", "workshop@demo.podium", "panel@demo.podium");
    VEvent opening = events.get("opening@demo.podium");
    assertThat(value(opening, Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(value(opening, Property.SEQUENCE)).isEqualTo("1");
    assertThat(value(opening, Property.LAST_MODIFIED)).isEqualTo("20300201T000000Z");
    assertThat(value(opening, Property.DTSTAMP)).isEqualTo("20300201T000000Z");
    VEvent workshop = events.get("workshop@demo.podium");
    assertThat(value(workshop, Property.SEQUENCE)).as("moved once, in release 2").isEqualTo("1");
    assertThat(value(workshop, Property.LAST_MODIFIED)).isEqualTo("20300201T000000Z");
    assertThat(workshop.getDateTimeStart().getValue()).isEqualTo("20300304T140000");
    assertThat(workshop.getProperty(Property.STATUS)).isEmpty();
    VEvent panel = events.get("panel@demo.podium");
    assertThat(value(panel, Property.SEQUENCE)).as("new: not a change of an earlier event").isEqualTo("0");
    assertThat(value(panel, Property.LAST_MODIFIED)).isEqualTo("20300201T000000Z");
  }

  @Test
  void theScheduleIsNamedAfterItsReleaseAndKeepsTheCancelledEvent() {
    TestSite site = ReleaseStory.twice(folder);
    site.build();
    String xml = site.file("demo/en/schedule.xml");
    assertThat(xml).contains("<version>v2</version>").contains("<title>CANCELLED: Opening</title>")
        .contains("<title>Workshop</title>").contains("<title>Panel</title>");
    assertThat(site.file("demo/fr/schedule.json")).contains("\"version\" : \"v2\"")
        .contains("\"title\" : \"ANNULÉE: Ouverture\"");
  }

  @Test
  void pagesMarkWhatTheLastReleaseChangedAndKeepCancelledSessionsInPlace() {
    TestSite site = ReleaseStory.twice(folder);
    site.build();
    String programme = site.file("demo/en/programme/index.html");
    assertThat(programme).contains("<p class=\"programme-version\">Programme version: v2 – Friday 1 February 2030 · "
        + "<a href=\"../changes/\">Programme changes</a></p>");
    assertThat(programme).contains("<article class=\"session cancelled type-talk track-1\" data-id=\"opening\"")
        .contains("<a href=\"../sessions/opening/\"><s>Opening</s></a>")
        .contains("<p class=\"marks\"><strong class=\"status-cancelled\">Cancelled</strong><span class=\"changed\">"
            + "<strong>Changed</strong>: cancelled</span></p>")
        .contains("<strong>Changed</strong>: moved, new room</span>")
        .contains("<strong>Changed</strong>: new</span>");
    String session = site.file("demo/fr/sessions/workshop/index.html");
    assertThat(session).contains("<h1><span lang=\"en\">Workshop</span></h1>\n<p class=\"marks\"><span class=\"changed\"><strong>Modifiée"
        + "</strong>\u00a0: déplacée, nouvelle salle</span></p>");
  }

  @Test
  void theChangeLogTellsEveryReleaseInWords() {
    TestSite site = ReleaseStory.twice(folder);
    site.build();
    String log = site.file("demo/en/changes/index.html");
    assertThat(log).contains("""
        <h2 id="release-1">v2 – <time datetime="2030-02-01">Friday 1 February 2030</time></h2>
        <ul class="changes">
        <li><a href="../sessions/opening/"><s>Opening</s></a>: cancelled</li>
        <li><a href="../sessions/workshop/">Workshop</a>: moved: Tuesday 5 March 2030 10:00–11:00 → Monday 4 March \
        2030 14:00–15:00; new room: Lab → Main hall</li>
        <li><a href="../sessions/panel/">Panel</a>: new</li>
        </ul>
        </section>
        <section class="release" aria-labelledby="release-2">
        <h2 id="release-2">v1 – <time datetime="2030-01-10">Thursday 10 January 2030</time></h2>
        <p>First release of the programme.</p>
        """);
    assertThat(site.file("demo/fr/modifications/index.html")).contains("<h1>Modifications du programme</h1>")
        .contains("<span lang=\"en\">Workshop</span></a>\u00a0: déplacée\u00a0: ");
  }

  @Test
  void unreleasedEditsAreShownAsSuchAndTheScheduleVersionIsNoReleaseName() {
    TestSite site = ReleaseStory.released(folder);
    site.add(ReleaseStory.EDITED_SESSIONS);
    site.build();
    assertThat(site.file("demo/en/programme/index.html")).contains("Programme version: Changes not yet released");
    assertThat(site.file("demo/en/changes/index.html")).contains("<h2 id=\"release-1\">Changes not yet released</h2>");
    assertThat(site.file("demo/en/schedule.xml")).doesNotContain("<version>v1</version>")
        .containsPattern("<version>[0-9a-f]{12}</version>");
  }

  @Test
  void twoBuildsFromTheSameFilesAreByteIdentical() throws Exception {
    TestSite site = ReleaseStory.twice(folder);
    site.build();
    Map<String, byte[]> first = snapshot(site);
    site.build();
    Map<String, byte[]> second = snapshot(site);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
  }

  private static Map<String, byte[]> snapshot(TestSite site) throws Exception {
    Map<String, byte[]> files = new HashMap<>();
    for (String path : site.outputFiles()) {
      files.put(path, Files.readAllBytes(site.output().resolve(path)));
    }
    return files;
  }

  private static Map<String, VEvent> events(String text) throws Exception {
    Map<String, VEvent> byUid = new HashMap<>();
    List<VEvent> events = new CalendarBuilder().build(new ByteArrayInputStream(text.getBytes(
        java.nio.charset.StandardCharsets.UTF_8))).getComponents("VEVENT");
    events.forEach(event -> byUid.put(event.getUid().orElseThrow().getValue(), event));
    return byUid;
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }
}
