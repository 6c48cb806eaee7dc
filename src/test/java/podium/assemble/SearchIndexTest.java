package podium.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The search index holds the words readers read: no link targets, no Markdown marks, single spaces. */
class SearchIndexTest {
  private static String words(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      SearchIndex.words(part, out);
    }
    return out.toString();
  }

  @Test
  void markdownMarksAndLinkTargetsAreDropped() {
    assertThat(words("**Magnets** and _clusters_: see [the report](https://example.org/r.pdf) or `code`."))
        .isEqualTo("Magnets and clusters : see the report or code .");
    assertThat(words("# Title\n\n> A quote\n\n| a | b |\n|---|---|")).isEqualTo("Title A quote a b --- ---");
    assertThat(words("A bracket ] without target, a [link](no closing")).isEqualTo(
        "A bracket without target, a link (no closing");
  }

  @Test
  void partsAreSeparatedByOneSpaceAndNothingIsLeftAtTheEnds() {
    assertThat(words("  Opening\t", null, "Ursula  von der Leyen ", "\n\nThe text.\n")).isEqualTo(
        "Opening Ursula von der Leyen The text.");
    assertThat(words(null, "", "   ")).isEmpty();
    assertThat(words("Économie", "Wirtschaftsförderung")).isEqualTo("Économie Wirtschaftsförderung");
  }
}
