package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an attendee finds on a session's page besides the basics: where the room is, links, the room's day. */
class SessionPageTest {
  private static final String HALL = """
        - id: hall
          name: {en: Main hall, fr: Grande salle}
          floor: {en: Level 2, fr: Niveau 2}
          stream: https://example.org/live/hall
      """;
  private static final String MORE_SESSIONS = """
      - id: keynote
        title: {en: Keynote, fr: Conférence}
        date: 2030-03-04
        start: "10:00"
        end: "11:00"
        room: hall
        languages: [en]
        links:
          - title: {en: Slides, fr: Présentation}
            url: https://example.org/slides.pdf
          - title: {en: Video}
            url: https://example.org/video
      - id: closing
        title: {en: Closing, fr: Clôture}
        date: 2030-03-05
        start: "16:00"
        end: "17:00"
        room: hall
        languages: [en]
      """;

  @TempDir
  Path folder;

  private Document page(String path) {
    return Jsoup.parse(built().file(path));
  }

  private TestSite built() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.add(Minimal.EDITION.replace("""
        - id: hall
          name: {en: Main hall, fr: Grande salle}
      """, HALL));
    site.add(Minimal.SESSIONS + MORE_SESSIONS);
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();
    return site;
  }

  @Test
  void theRoomComesWithItsFloorAndItsStreamToWatch() {
    TestSite site = built();
    Document page = Jsoup.parse(site.file("demo/fr/sessions/keynote/index.html"));

    Element room = page.select("dl.facts dt:contains(Salle) + dd").first();
    assertThat(room.text()).startsWith("Grande salle, Niveau 2");
    // an edition at a venue: the stream is watched ("Regarder"); an online edition's is joined
    Element watch = page.selectFirst(".session-page a.join");
    assertThat(watch.attr("href")).isEqualTo("https://example.org/live/hall");
    assertThat(watch.text()).isEqualTo("Regarder");
    Document programme = Jsoup.parse(site.file("demo/fr/programme/index.html"));
    assertThat(programme.select("[data-id=keynote] a.join").text()).isEqualTo("Regarder : Conférence");
  }

  @Test
  void slidesAndVideoAreLinkedInThePageLanguageWithFallback() {
    Document page = page("demo/fr/sessions/keynote/index.html");

    assertThat(page.select("ul.links a").eachAttr("href"))
        .containsExactly("https://example.org/slides.pdf", "https://example.org/video");
    assertThat(page.select("ul.links a").eachText()).containsExactly("Présentation", "Video");
    assertThat(page.select("ul.links a span[lang=en]").text()).isEqualTo("Video");
  }

  @Test
  void theSessionsBeforeAndAfterInTheSameRoomNameTheirDayWhenItIsAnother() {
    Document page = page("demo/en/sessions/keynote/index.html");

    assertThat(page.select("nav.neighbours li").eachText()).containsExactly(
        "Before 09:00 Opening", "After Tuesday 5 March 2030, 16:00 Closing");
    assertThat(page.select("nav.neighbours a").eachAttr("href")).containsExactly("../opening/", "../closing/");
    // the time zone switch rewrites times: data-day keeps the day in the reader's zone too
    assertThat(page.select("nav.neighbours time[data-day]")).hasSize(1);
  }

  @Test
  void theCalendarLinkIsTheSessionsOwnIcsFile() {
    Document page = page("demo/en/sessions/keynote/index.html");

    assertThat(page.selectFirst("a[type=text/calendar]").attr("href")).isEqualTo("keynote.ics");
  }
}
