package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/**
 * SVG photos are published at their own URL on the site's origin, where a browser runs whatever script they
 * hold. Each way in is refused, naming the element or attribute and its line; a drawing as editors save it
 * (gradients, local references, editor metadata) is published.
 */
class SvgAttacksTest {
  private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
      + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">";
  private static final String HINT = " (remove it, or save the photo as PNG)";

  /** Each attack: the drawing's inside, and the reason the message gives. */
  private static final List<String[]> ATTACKS = List.of(
      new String[] {"<script>alert(1)</script>", "its <script> element at line 1 is not allowed"},
      new String[] {"<rect width=\"9\" height=\"9\" onload=\"alert(1)\"/>",
          "its 'onload' attribute on <rect> at line 1 is not allowed"},
      new String[] {"<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>",
          "its <foreignObject> element at line 1 is not allowed"},
      new String[] {"<use href=\"data:image/svg+xml;base64,PHN2Zy8+#x\"/>",
          "its 'href' attribute on <use> at line 1 links outside the drawing"},
      new String[] {"<use xlink:href=\"https://evil.example/x.svg#a\"/>",
          "its 'xlink:href' attribute on <use> at line 1 links outside the drawing"},
      new String[] {"<rect width=\"9\" height=\"9\" style=\"fill: URL( 'javascript:alert(1)' )\"/>",
          "its 'style' attribute on <rect> at line 1 refers outside the drawing"},
      new String[] {"<rect width=\"9\" height=\"9\" fill=\"url(https://evil.example/p.svg#g)\"/>",
          "its 'fill' attribute on <rect> at line 1 refers outside the drawing"},
      new String[] {"<style>\n@import 'https://evil.example/x.css';\n</style>",
          "its <style> element at line 1 refers outside the drawing"},
      new String[] {"<rect style=\"fill:\\75rl(javascript:x)\"/>",
          "its 'style' attribute on <rect> at line 1 refers outside the drawing"},
      new String[] {"<a href=\"#x\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a>",
          "its <a> element at line 1 is not allowed"},
      new String[] {"<set attributeName=\"href\" to=\"javascript:alert(1)\"/>",
          "its <set> element at line 1 is not allowed"},
      new String[] {"<use href=\"#a\"><animate attributeName=\"href\" values=\"javascript:alert(1)\"/></use>",
          "its <animate> element at line 1 is not allowed"},
      new String[] {"<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script>",
          "its <h:script> element at line 1 is not allowed"},
      new String[] {"<image href=\"https://evil.example/tracker.png\"/>",
          "its <image> element at line 1 is not allowed"},
      new String[] {"<s:namedview xmlns:s=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" onclick=\"x\"/>",
          "its 'onclick' attribute on <s:namedview> at line 1 is not allowed"});

  @TempDir
  Path folder;

  @Test
  void everyWayToRunScriptOrReachOutIsRefusedByName() {
    StringBuilder attack = new StringBuilder(Minimal.SPEAKERS);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < ATTACKS.size(); i++) {
      attack.append("- id: s").append(i).append("\n  name: S").append(i).append("\n  photo: photos/s").append(i)
          .append(".svg\n");
      expected.add("data/demo/speakers.yaml:" + (7 + 3 * i) + ":10: error: photo 'photos/s" + i + ".svg' "
          + "cannot be published: " + ATTACKS.get(i)[1] + HINT);
    }
    for (int i = 0; i < ATTACKS.size(); i++) {
      attack.append("-- data/demo/photos/s").append(i).append(".svg --\n").append(OPEN).append(ATTACKS.get(i)[0])
          .append("</svg>\n");
    }
    assertRefused(attack.toString(), expected.toArray(String[]::new));
  }

  @Test
  void entityDeclarationsAreNeverRead() {
    assertRefused(Minimal.SPEAKERS + "  photo: photos/ada.svg\n-- data/demo/photos/ada.svg --\n"
            + "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>\n"
            + OPEN + "<text>&lol2;</text></svg>\n",
        "data/demo/speakers.yaml:5:10: error: photo 'photos/ada.svg' cannot be published: it has a document type "
            + "declaration (<!DOCTYPE …>), which may define entities" + HINT);
  }

  @Test
  void anElementOnALaterLineIsNamedWithItsLine() {
    assertRefused(Minimal.SPEAKERS + "  photo: photos/ada.svg\n-- data/demo/photos/ada.svg --\n"
            + OPEN + "\n  <g>\n    <circle r=\"4\"/>\n    <script>alert(1)</script>\n  </g>\n</svg>\n",
        "data/demo/speakers.yaml:5:10: error: photo 'photos/ada.svg' cannot be published: its <script> element "
            + "at line 4 is not allowed" + HINT);
  }

  @Test
  void aDrawingAsEditorsSaveItIsPublished() {
    TestSite site = TestSite.write(folder, Minimal.ALL + Minimal.SPEAKERS + "  photo: photos/ada.svg\n"
        + "-- data/demo/photos/ada.svg --\n"
        + "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"\n"
        + "     xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\"\n"
        + "     xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\"\n"
        + "     xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        + "     width=\"80\" height=\"80\" viewBox=\"0 0 80 80\" version=\"1.1\" inkscape:version=\"1.3\">\n"
        + "  <sodipodi:namedview id=\"view\" pagecolor=\"#ffffff\"/>\n"
        + "  <metadata><rdf:RDF><dc:title>Ada</dc:title></rdf:RDF></metadata>\n"
        + "  <title>Ada</title>\n"
        + "  <style>.face { fill: url(#skin); stroke: #333 }</style>\n"
        + "  <defs><radialGradient id=\"skin\"><stop offset=\"0\" stop-color=\"#fc9\"/></radialGradient>\n"
        + "    <filter id=\"soft\"><feGaussianBlur stdDeviation=\"1\"/></filter>\n"
        + "    <circle id=\"head\" cx=\"40\" cy=\"30\" r=\"20\"/></defs>\n"
        + "  <use href=\"#head\" class=\"face\"/>\n"
        + "  <use xlink:href=\"#head\" transform=\"translate(0 40)\" style=\"fill:url('#skin');filter:url(#soft)\"/>\n"
        + "  <text x=\"40\" y=\"78\" font-family=\"sans-serif\" text-anchor=\"middle\" data-name=\"x\">Ada</text>\n"
        + "</svg>\n");
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(site.outputFiles()).anyMatch(file -> file.matches("demo/assets/photos/ada\\.[0-9a-f]+\\.svg"));
  }

  private void assertRefused(String attack, String... lines) {
    TestSite site = Hostile.builtThenChanged(folder, attack);
    Hostile.Before before = Hostile.before(site);
    Hostile.assertRefused(site.build(), 1, lines);
    before.assertUnchanged();
  }
}
