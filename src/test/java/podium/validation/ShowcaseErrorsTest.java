package podium.validation;

import static podium.validation.InvalidInput.assertProblems;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;

/**
 * What the home page puts forward is checked like the programme: known ids, safe links, coordinates that are
 * degrees, partners with a name and a known tier. The minimal edition.yaml has 21 lines; additions start at 22.
 */
class ShowcaseErrorsTest {
  @TempDir
  Path folder;

  private static final String TIERS = "partner_tiers:\n  - id: gold\n    name: {en: Gold, fr: Or}\n";

  @Test
  void featuredIdsMustExist() {
    assertProblems(folder, Minimal.EDITION + "featured:\n  sessions: [openin]\n  speakers: [bob]\n",
        "data/demo/edition.yaml:23:14: error: unknown session 'openin' (did you mean 'opening'?)",
        "data/demo/edition.yaml:24:14: error: unknown speaker 'bob' (expected one of: ada)");
  }

  @Test
  void theRegistrationLinkFollowsTheLinkRules() {
    assertProblems(folder, Minimal.EDITION + "registration: \"javascript:alert(1)\"\n",
        "data/demo/edition.yaml:22:15: error: link to 'javascript:alert(1)' is not allowed (links must be absolute "
            + "http(s) or mailto URLs)");
  }

  @Test
  void coordinatesMustBeDegrees() {
    assertProblems(folder, InvalidInput.editionWith("  name: Palais des congrès\n",
        "  name: Palais des congrès\n  geo: {lat: 91.5, lon: 2.35}\n"),
        "data/demo/edition.yaml:9:14: error: coordinate 91.5 is out of range (write degrees between -90 and 90, as "
            + "OpenStreetMap shows them)");
  }

  @Test
  void partnersNeedANameAKnownTierAndASafeLink() {
    assertProblems(folder, Minimal.EDITION + TIERS + """
        -- data/demo/partners.yaml --
        - id: acme
          name: Acme
          tier: gld
          url: "javascript:alert(1)"
        - id: acme
          name: Acme again
          tier: gold
        - id: nameless
          tier: gold
        """,
        "data/demo/partners.yaml:3:9: error: unknown partner tier 'gld' (did you mean 'gold'?)",
        "data/demo/partners.yaml:4:8: error: link to 'javascript:alert(1)' is not allowed (links must be absolute "
            + "http(s) or mailto URLs)",
        "data/demo/partners.yaml:5:7: error: duplicate partner id 'acme' (first defined at line 1)",
        "data/demo/partners.yaml:8:3: error: missing required key 'name'");
  }
}
