package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/**
 * Flags that would write a project which no longer builds (or overwrite an editor's file) are refused before
 * anything is written: exit 2, one exact sentence, the project and the last output unchanged.
 */
class FlagAttacksTest {
  @TempDir
  Path folder;

  /** A refused command line and the one line it must print. */
  private record Refusal(List<String> args, String message) {
    static Refusal of(String message, String... args) {
      return new Refusal(List.of(args), message);
    }
  }

  @Test
  void newEditionRefusesWhatWouldBreakTheBuild() {
    TestSite site = Hostile.builtThenChanged(folder, """
        -- content/demo-2031/en/index.md --
        ---
        title: Half an edition
        ---
        """);

    assertAllRefused(site,
        Refusal.of("podium: no interface strings for 'xx' in templates/i18n/ (available: de, en, fr); "
            + "add templates/i18n/xx.yaml first", "new-edition", "ecc-2030", "--languages", "en,xx"),
        Refusal.of("podium: no interface strings for 'en-GB' in templates/i18n/ (available: de, en, fr); "
            + "add templates/i18n/en-GB.yaml first", "new-edition", "ecc-2030", "--languages", "en-GB"),
        Refusal.of("podium: language 'en' is listed twice in --languages",
            "new-edition", "ecc-2030", "--languages", "en,fr,en"),
        Refusal.of("podium: --languages needs at least one language code, the default one first",
            "new-edition", "ecc-2030", "--languages", ","),
        Refusal.of("podium: invalid language code 'EN'", "new-edition", "ecc-2030", "--languages", "EN"),
        Refusal.of("podium: invalid date '2030-13-01' for --date (write it as YYYY-MM-DD, such as 2026-06-09)",
            "new-edition", "ecc-2030", "--date", "2030-13-01"),
        Refusal.of("podium: invalid date 'next week' for --date (write it as YYYY-MM-DD, such as 2026-06-09)",
            "new-edition", "ecc-2030", "--date", "next week"),
        Refusal.of("podium: --name is empty; give the edition's name, or leave --name out to use the id",
            "new-edition", "ecc-2030", "--name", " "),
        Refusal.of("podium: --name may not contain control characters such as line breaks or tabs",
            "new-edition", "ecc-2030", "--name", "Congress\n2030"),
        Refusal.of("podium: unknown timezone 'Mars/Olympus' (use an IANA name such as Europe/Paris)",
            "new-edition", "ecc-2030", "--timezone", "Mars/Olympus"),
        Refusal.of("podium: unsafe edition id '../x' (ids may use lowercase letters, digits, '-' and '_', "
            + "and start with a letter or digit)", "new-edition", "../x"),
        Refusal.of("podium: unsafe edition id 'ECC 2030' (ids may use lowercase letters, digits, '-' and '_', "
            + "and start with a letter or digit)", "new-edition", "ECC 2030"));
  }

  @Test
  void newEditionNeverWritesOverAnExistingEdition() {
    TestSite site = Hostile.builtThenChanged(folder, """
        -- content/demo-2031/en/index.md --
        ---
        title: Pages written before the edition's data
        ---
        """);

    assertAllRefused(site,
        Refusal.of("podium: edition 'demo' already exists", "new-edition", "demo", "--languages", "en,fr"),
        Refusal.of("podium: edition 'demo-2031' already exists", "new-edition", "demo-2031", "--languages", "en"));
  }

  @Test
  void newPageRefusesWhatWouldBreakTheBuildOrOverwriteAPage() {
    TestSite site = Hostile.builtThenChanged(folder, """
        -- content/demo/fr/travel.md --
        ---
        title: Venir
        ---
        Prendre le tram.
        """);

    assertAllRefused(site,
        Refusal.of("podium: content/demo/fr/travel.md already exists", "new-page", "demo", "travel"),
        Refusal.of("podium: content/demo/en/about.md already exists", "new-page", "demo", "about"),
        Refusal.of("podium: a page named 'programme' would take the address demo/en/programme/, which the site "
            + "already uses; choose another name", "new-page", "demo", "programme"),
        Refusal.of("podium: a page named 'a-propos' would take the address demo/fr/a-propos/, which the site "
            + "already uses; choose another name", "new-page", "demo", "a-propos"),
        Refusal.of("podium: --title is empty; give the page's title, or leave --title out to use the name",
            "new-page", "demo", "venue", "--title", ""),
        Refusal.of("podium: --title may not contain control characters such as line breaks or tabs",
            "new-page", "demo", "venue", "--title", "Venue\u0007"),
        Refusal.of("podium: no edition 'demo-2031'; the editions are demo", "new-page", "demo-2031", "venue"),
        Refusal.of("podium: unsafe page name '../../site' (ids may use lowercase letters, digits, '-' and '_', "
            + "and start with a letter or digit)", "new-page", "demo", "../../site"));
  }

  @Test
  void newPageInAProjectWithoutEditionsSaysHowToStartOne() {
    TestSite site = TestSite.write(folder, "");

    assertAllRefused(site, Refusal.of("podium: no edition 'demo'; the project has no editions yet "
        + "(create one with new-edition)", "new-page", "demo", "venue"));
  }

  @Test
  void serveRefusesFlagsThatMislead() throws Exception {
    TestSite site = Hostile.builtThenChanged(folder, "");

    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertAllRefused(site,
          Refusal.of("podium: serve shows drafts already; --drafts is for build and check "
              + "(use --no-drafts to hide drafts in the preview)", "serve", "--drafts", "--port", "0"),
          Refusal.of("podium: port " + taken.getLocalPort() + " is already in use; stop the program using it or "
              + "choose another port with --port", "serve", "--port", Integer.toString(taken.getLocalPort())),
          // .invalid is reserved never to resolve (RFC 6761)
          Refusal.of("podium: unknown host name 'preview.invalid' given to --host",
              "serve", "--host", "preview.invalid", "--port", "0"),
          Refusal.of("podium: cannot listen on '192.0.2.1': it is not an address of this machine",
              "serve", "--host", "192.0.2.1", "--port", "0"),
          Refusal.of("podium: --host needs a name or address of this machine, such as 127.0.0.1",
              "serve", "--host", " ", "--port", "0"));
    }
  }

  private static void assertAllRefused(TestSite site, Refusal... refusals) {
    for (Refusal refusal : refusals) {
      Hostile.Before before = Hostile.before(site);

      TestSite.Run run = site.run(refusal.args().toArray(String[]::new));

      Hostile.assertRefused(run, 2, refusal.message());
      assertThat(run.out()).as(String.join(" ", refusal.args())).isEmpty();
      before.assertUnchanged();
    }
  }
}
