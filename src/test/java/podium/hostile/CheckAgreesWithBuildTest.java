package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/**
 * {@code check} finds every problem {@code build} would, because it runs everything a build runs but writing:
 * templates are evaluated on every page, Markdown converted with its limits, open data exported. For each
 * broken input, both print the same problems (exactly these) and exit 1, and check writes nothing.
 */
class CheckAgreesWithBuildTest {
  @TempDir
  Path folder;

  /** A page template that puts {@code line} inside the layout, on line 3. */
  private static String pageTemplate(String line) {
    return "-- templates/page.ftlh --\n<#import \"layout.ftlh\" as layout>\n<@layout.base>\n" + line
        + "\n</@layout.base>\n";
  }

  private static String frenchStringsWith(String from, String to) throws IOException {
    String strings = Files.readString(Path.of("templates/i18n/fr.yaml"));
    assertThat(strings).containsOnlyOnce(from);
    return "-- templates/i18n/fr.yaml --\n" + strings.replace(from, to);
  }

  /** Broken input, and what both commands say about it. */
  private static Map<String, List<String>> brokenInputs() throws IOException {
    Map<String, List<String>> inputs = new LinkedHashMap<>();
    inputs.put("-- templates/page.ftlh --\n<#if>\n", List.of("templates/page.ftlh:1:2: error: template syntax: #if is "
        + "an existing directive, but the tag is malformed.  (See FreeMarker Manual / Directive Reference.)"));
    inputs.put(pageTemplate("${nosuchvariable}"), List.of("templates/page.ftlh:3:3: error: template failed: "
        + "'nosuchvariable' is missing or null (write ${nosuchvariable!} for an optional value)"));
    inputs.put("-- templates/page.ftlh --\n<#macro again n><@again n + 1/></#macro>\n<@again 1/>\n",
        List.of("templates/page.ftlh:1:1: error: template failed: calls nested too deeply (a macro, function or "
            + "include that calls itself needs a way to stop)"));
    inputs.put("-- content/demo/en/about.md --\n---\ntitle: About\n---\n" + ">".repeat(1500) + " deep\n",
        List.of("content/demo/en/about.md:4:101: error: Markdown nested more than 100 levels deep (quotes, lists, "
            + "emphasis and links may nest up to 100 levels)"));
    inputs.put("-- content/demo/en/sessions/workshop.md --\n" + "- ".repeat(300) + "deep\n",
        List.of("content/demo/en/sessions/workshop.md:1:201: error: Markdown nested more than 100 levels deep "
            + "(quotes, lists, emphasis and links may nest up to 100 levels)"));
    inputs.put(frenchStringsWith("date_long: \"EEEE d MMMM yyyy\"", "date_long: \"d MMMM y'\""),
        List.of("templates/i18n/fr.yaml:5:12: error: invalid date pattern 'd MMMM y'': a quoted text is not closed "
            + "(use pattern letters such as d, MMMM, yyyy, EEEE, HH and mm; put other text in single quotes, and "
            + "write '' for a quote)"));
    inputs.put("-- data/demo/edition.yaml --\nname: " + "[".repeat(100) + "\n",
        List.of("data/demo/edition.yaml:1:70: error: YAML nested more than 64 levels deep (mappings and lists may "
            + "nest up to 64 levels)"));
    inputs.put("-- content/demo/fr/about.md --\ntitle=À propos\nweight=dix\ntitle=Encore\nauteur=Moi\n~~~~~~\nTexte\n",
        List.of("content/demo/fr/about.md:2:8: error: invalid value 'dix' for 'weight': expected a whole number",
            "content/demo/fr/about.md:3:1: error: duplicate key 'title' (each key may appear once)",
            "content/demo/fr/about.md:4:1: error: unknown key 'auteur' (expected one of: date, description, draft, "
                + "menu, slug, source_hash, status, tags, title, type, weight)"));
    inputs.put(Minimal.SESSIONS.replace("start: \"09:00\"", "start: [9]").replace("room: lab", "room: {id: lab}"),
        List.of("data/demo/sessions.yaml:4:10: error: invalid value for 'start': expected a text",
            "data/demo/sessions.yaml:18:9: error: invalid value for 'room': expected a text"));
    inputs.put(Minimal.SESSIONS.replace("room: lab", "room: kitchen"),
        List.of("data/demo/sessions.yaml:18:9: error: unknown room 'kitchen' (expected one of: hall, lab)"));
    return inputs;
  }

  @Test
  void checkAndBuildPrintTheSameProblemsForEveryBrokenInput() throws IOException {
    int project = 0;
    for (Map.Entry<String, List<String>> input : brokenInputs().entrySet()) {
      TestSite site = TestSite.write(folder.resolve("p" + project++), Minimal.ALL + input.getKey());
      String[] expected = input.getValue().toArray(String[]::new);

      TestSite.Run check = site.run("check");
      assertThat(site.root().resolve("target")).as("check writes nothing").doesNotExist();
      TestSite.Run build = site.build();

      Hostile.assertRefused(check, 1, expected);
      Hostile.assertRefused(build, 1, expected);
      assertThat(check.err()).isEqualTo(build.err());
    }
  }
}
