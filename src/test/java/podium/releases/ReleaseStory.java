package podium.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import podium.Minimal;
import podium.TestSite;

/**
 * The story every release test starts from: the minimal edition is released as v1, then edited (the workshop
 * moves to another day, time and room, the opening is cancelled, a panel is added) and released again.
 */
final class ReleaseStory {
  private ReleaseStory() {}

  static final String EDITED_SESSIONS = Minimal.SESSIONS
      .replace("""
            speakers: [ada]
          """, """
            speakers: [ada]
            status: cancelled
          """)
      .replace("""
            date: 2030-03-05
            start: "10:00"
            end: "11:00"
            room: lab
          """, """
            date: 2030-03-04
            start: "14:00"
            end: "15:00"
            room: hall
          """)
      + """
      - id: panel
        title: {en: Panel, fr: Table ronde}
        date: 2030-03-05
        start: "09:00"
        end: "10:00"
        room: lab
        languages: [en]
      """;

  /** The minimal edition with release 1 recorded. */
  static TestSite released(Path folder) {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    TestSite.Run first = site.run("release", "demo", "--name", "v1", "--date", "2030-01-10");
    assertThat(first.err()).isEmpty();
    assertThat(first.exitCode()).isZero();
    return site;
  }

  /** Released, edited, released again (v2, default name, on 2030-02-01). */
  static TestSite twice(Path folder) {
    TestSite site = released(folder);
    assertThat(EDITED_SESSIONS).contains("status: cancelled").contains("start: \"14:00\"");
    site.add(EDITED_SESSIONS);
    TestSite.Run second = site.run("release", "demo", "--date", "2030-02-01");
    assertThat(second.err()).isEmpty();
    assertThat(second.out()).isEqualTo("recorded release 2 (v2, 2030-02-01) in data/demo/releases/2.json\n");
    return site;
  }
}
