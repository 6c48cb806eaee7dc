package podium.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/**
 * The day page as rooms × time: sessions in parallel get a column per room and the grid lines of their start
 * and end; a session running alone (a break, a plenary) spans every column; a day without parallel sessions
 * stays a plain list. Cards carry what the filters match on.
 */
class DayGridTest {
  private static final String DAY = """
      -- data/demo/sessions.yaml --
      - id: coffee
        title: {en: Coffee, fr: Café}
        date: 2030-03-04
        start: "08:30"
        end: "09:00"
        room: lab
        languages: [en, fr]
      - id: long-workshop
        title: {en: Long workshop}
        date: 2030-03-04
        start: "09:00"
        end: "11:00"
        room: lab
        languages: [fr]
      - id: talk-one
        title: {en: Talk one}
        date: 2030-03-04
        start: "09:00"
        end: "10:00"
        room: hall
        track: policy
        type: talk
        languages: [en]
      - id: talk-two
        title: {en: Talk two}
        date: 2030-03-04
        start: "10:00"
        end: "11:00"
        room: hall
        languages: [en]
      - id: alone
        title: {en: Closing plenary}
        date: 2030-03-05
        start: "10:00"
        end: "11:00"
        room: hall
        languages: [en]
      """;

  @TempDir
  Path folder;

  private Document day(String date) {
    TestSite site = TestSite.write(folder, Minimal.ALL + DAY);
    assertThat(site.build().exitCode()).isZero();
    return Jsoup.parse(site.file("demo/en/programme/" + date + "/index.html"));
  }

  @Test
  void parallelSessionsGetRoomColumnsAndGridLinesAndALoneSessionSpans() {
    Document page = day("2030-03-04");

    assertThat(page.select(".schedule").attr("class")).isEqualTo("schedule grid cols-2");
    assertThat(page.select(".grid-rooms span").eachText()).containsExactly("Main hall", "Lab");
    // Lines: 2 = 08:30, 3 = 09:00, 4 = 10:00, 5 = 11:00 (line 1 is the rooms' row).
    assertThat(page.select("[data-id=coffee]").attr("class")).contains("c-all spans rs-2 re-3");
    assertThat(page.select("[data-id=talk-one]").attr("class")).contains("c-1 rs-3 re-4");
    assertThat(page.select("[data-id=talk-two]").attr("class")).contains("c-1 rs-4 re-5");
    assertThat(page.select("[data-id=long-workshop]").attr("class")).contains("c-2 rs-3 re-5");
    assertThat(page.select(".slot > h2").eachAttr("class")).containsExactly("rs-2", "rs-3", "rs-4");
  }

  /**
   * The time axis: a row per interval between two times, with its length in five-minute units for the
   * stylesheet's minimum height (rounded up, so a 7-minute interval is not drawn shorter than it lasts) and its
   * times for the "now" line; a gap over four hours is drawn as four.
   */
  @Test
  void eachRowOfTheGridSaysHowLongItLastsInFiveMinuteUnits() {
    Document page = day("2030-03-04");
    assertThat(page.select(".grid-times").attr("aria-hidden")).isEqualTo("true");
    assertThat(page.select(".grid-times span").eachAttr("class")).containsExactly("rs-2 re-3 d-6", "rs-3 re-4 d-12",
        "rs-4 re-5 d-12");
    assertThat(page.select(".grid-times span").eachAttr("data-start")).containsExactly("2030-03-04T08:30+01:00",
        "2030-03-04T09:00+01:00", "2030-03-04T10:00+01:00");
    assertThat(page.select(".grid-times span").last().attr("data-end")).isEqualTo("2030-03-04T11:00+01:00");

    TestSite site = TestSite.write(folder.resolve("second"), Minimal.ALL + """
        -- data/demo/sessions.yaml --
        - {id: short-a, title: {en: A}, date: 2030-03-05, start: "09:00", end: "09:07", room: hall, languages: [en]}
        - {id: short-b, title: {en: B}, date: 2030-03-05, start: "09:00", end: "09:07", room: lab, languages: [en]}
        - {id: late-a, title: {en: C}, date: 2030-03-05, start: "14:00", end: "15:00", room: hall, languages: [en]}
        - {id: late-b, title: {en: D}, date: 2030-03-05, start: "14:00", end: "15:00", room: lab, languages: [en]}
        """);
    assertThat(site.build().exitCode()).isZero();
    Document second = Jsoup.parse(site.file("demo/en/programme/2030-03-05/index.html"));
    assertThat(second.select(".grid-times span").eachAttr("class")).containsExactly("rs-2 re-3 d-2", "rs-3 re-4 d-48",
        "rs-4 re-5 d-12");
  }

  @Test
  void aDayWithoutParallelSessionsIsAList() {
    Document page = day("2030-03-05");

    assertThat(page.select(".schedule").attr("class")).isEqualTo("schedule");
    assertThat(page.select(".grid-rooms")).isEmpty();
    assertThat(page.select("[data-id=alone]").attr("class")).doesNotContain("c-");
  }

  @Test
  void cardsCarryWhatFiltersMatchAndTheFormOffersOnlyWhatIsUsed() {
    Document page = day("2030-03-04");

    assertThat(page.select("[data-id=talk-one]").attr("data-track")).isEqualTo("policy");
    assertThat(page.select("[data-id=talk-one]").attr("data-type")).isEqualTo("talk");
    assertThat(page.select("[data-id=talk-one]").attr("class")).contains("track-1");
    assertThat(page.select("[data-id=coffee]").attr("data-languages")).isEqualTo("en fr");
    assertThat(page.select("#f-room option").eachAttr("value")).containsExactly("", "hall", "lab");
    assertThat(page.select("#f-lang option").eachAttr("value")).containsExactly("", "en", "fr");
    // A single track or format leaves nothing to choose: no select for it.
    assertThat(page.select("#f-track")).isEmpty();
    assertThat(page.select("form.filters").hasAttr("hidden")).isTrue();
    assertThat(page.select("[data-star=talk-one]").hasAttr("hidden")).isTrue();
  }
}
