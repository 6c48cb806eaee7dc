package podium.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import podium.diagnostic.Problems;

/**
 * The preview re-parses a long programme list item by item: whatever it reads must equal, value for value and
 * position for position (problems included), what a parse of the whole file gives, and only changed items may be
 * parsed again.
 */
class ListChunksTest {
  private final YamlBinder yaml = new YamlBinder();
  private final JavaType sessions = yaml.types().constructCollectionType(List.class, SessionDoc.class);
  private final ListChunks chunks = new ListChunks(yaml);
  private final Path file = Path.of("data/demo/sessions.yaml");

  @Test
  void everySampleProgrammeReadsAsAWholeParseReadsIt() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("data"))) {
      for (Path edition : files.toList()) {
        Path programme = edition.resolve("sessions.yaml");
        if (Files.exists(programme)) {
          String text = Files.readString(programme);
          assertReadsAsWhole(text);  // the first read parses the whole text
          assertReadsAsWhole(text.replace("\n- id:", "\n# an edited comment\n- id:"));  // every item moved and changed
          assertReadsAsWhole(text);
        }
      }
    }
  }

  @Test
  void onlyTheEditedItemIsParsedAgainAndTheItemsBelowItKeepTheirLines() {
    String before = """
        # the programme
        - id: opening
          title: Opening
          room: hall

        - id: keynote
          title: Keynote
          room: hall
        - id: closing
          title: Closing
          room: hall
        """;
    Parsed<List<SessionDoc>> first = assertReadsAsWhole(before);
    String after = before.replace("  title: Keynote\n", "  title:\n    en: Keynote\n    fr: Discours\n");
    Parsed<List<SessionDoc>> second = assertReadsAsWhole(after);
    assertThat(second.value().get(0)).isSameAs(first.value().get(0));
    assertThat(second.value().get(1)).isNotSameAs(first.value().get(1));
    assertThat(second.value().get(2)).isSameAs(first.value().get(2));
    assertThat(second.at("/2/room").line()).isEqualTo(13);
  }

  @Test
  void whatItemsCannotSayIsReadWhole() {
    List<String> texts = List.of(
        "- id: a\n  title: \"A title that goes on\n- and on\"\n- id: b\n",  // a quoted text over an item-like line
        "---\n- id: a\n---\n- id: b\n",  // two documents
        "%YAML 1.2\n---\n- id: a\n",
        "sessions:\n- id: a\n",  // a mapping, not a list
        "- id: a\n  title: [one,\n- two]\n",  // a flow list over lines
        "- &first\n  id: a\n- *first\n",  // an alias to another item
        "- id: a\n  rooom: hall\n- id: b\n  titel: B\n",  // unknown keys in two items
        "  - id: a\n  - id: b\n",  // an indented list
        "- id: a\n- id: b\n\t- id: c\n");
    for (String text : texts) {
      assertReadsAsWhole("- id: first\n");  // something known, so that the next read may use items
      assertReadsAsWhole(text);
      assertReadsAsWhole(text + "- id: z\n");
    }
  }

  /** Reads {@code text} through the chunks and as a whole: same values, problems and positions. */
  private Parsed<List<SessionDoc>> assertReadsAsWhole(String text) {
    Problems chunked = new Problems();
    Parsed<List<SessionDoc>> read = chunks.read(file, "data/demo/sessions.yaml", text, sessions, chunked);
    Problems whole = new Problems();
    Parsed<List<SessionDoc>> expected = yaml.read("data/demo/sessions.yaml", text, sessions, 0, whole);
    assertThat(chunked.sorted()).as(text).isEqualTo(whole.sorted());
    if (expected == null) {
      assertThat(read).as(text).isNull();
      return null;
    }
    assertThat(read.value()).as(text).isEqualTo(expected.value());
    SourceMap positions = expected.positions();
    for (String pointer : positions.positions().keySet()) {
      assertThat(read.at(pointer)).as(text + " at " + pointer).isEqualTo(expected.at(pointer));
      assertThat(read.keyAt(pointer)).as(text + " key at " + pointer).isEqualTo(expected.keyAt(pointer));
      assertThat(read.positions().has(pointer)).as(pointer).isTrue();
      assertThat(read.at(pointer + "/missing")).isEqualTo(expected.at(pointer + "/missing"));
    }
    assertThat(read.positions().has("/99/id")).isEqualTo(positions.has("/99/id"));
    assertThat(read.at("/99/id")).isEqualTo(expected.at("/99/id"));
    return read;
  }
}
