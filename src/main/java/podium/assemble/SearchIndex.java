package podium.assemble;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import podium.model.Edition;
import podium.model.Fallback;
import podium.model.Session;
import podium.rules.Memo;

/**
 * What the programme's search looks at beyond the cards: each session's description (its long text), with its
 * title, speakers and abstract, in one language. Shipped as {@code <edition>/<lang>/search.json}, fetched by the
 * filters script only once a reader uses the search field, so that the programme pages stay small. Markdown
 * syntax is dropped (link targets, emphasis marks), since readers search for words they read.
 *
 * <p>The index is worked out when its file is written, not kept in the site model: at 10,000 sessions it is 20 MB
 * per language, which the model held while every page rendered.
 */
public final class SearchIndex {
  /**
   * A description's words: the longest part of the index, the same in every language that shows it as a
   * fallback and in every rebuild of the preview while it is unchanged.
   */
  private static final Memo<String, String> DESCRIPTIONS = new Memo<>(markdown -> {
    StringBuilder out = new StringBuilder(markdown.length());
    words(markdown, out);
    return out.toString();
  });

  /** The file name below the language's home, as pages link it. */
  public static final String FILE = "search.json";

  private final Edition edition;
  private final String language;
  private final Programme programme;

  private SearchIndex(Edition edition, String language, Programme programme) {
    this.edition = edition;
    this.language = language;
    this.programme = programme;
  }

  static SiteModel.JsonFile of(Edition edition, String language, Programme programme, Routes routes) {
    return new SiteModel.JsonFile(routes.home(language) + FILE, new SearchIndex(edition, language, programme));
  }

  /** The file's {@code sessions}: session id → its searchable text, in programme order. */
  @JsonProperty("sessions")
  public Map<String, String> sessions() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Session session : edition.sessions()) {
      SessionCard card = programme.cards.get(session.id());
      StringBuilder text = new StringBuilder();
      words(card.title().value(), text);
      card.speakers().forEach(speaker -> words(speaker.name(), text));
      words(card.summary().value(), text);
      String shown = Fallback.first(session.descriptions(), edition.fallbackFor(language));
      if (shown != null) {
        String words = DESCRIPTIONS.of(session.descriptions().get(shown).text());
        text.append(text.isEmpty() || words.isEmpty() ? "" : " ").append(words);
      }
      texts.put(session.id(), text.toString());
    }
    return texts;
  }

  /**
   * Appends the words of {@code markdown} to {@code out}, one space between words and none at either end:
   * link targets ({@code ](…)}) and the marks of emphasis, code, headings, quotes, tables and link texts
   * ({@code * _ ` # > [ ] |}) count as spaces. One pass over the text, as the index holds every description.
   */
  static void words(String markdown, StringBuilder out) {
    if (markdown == null) {
      return;
    }
    boolean space = out.length() > 0;
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (c == ']' && i + 1 < markdown.length() && markdown.charAt(i + 1) == '(') {
        int close = markdown.indexOf(')', i + 2);
        if (close >= 0) {
          i = close;
          space = out.length() > 0;
          continue;
        }
      }
      if (Character.isWhitespace(c) || "*_`#>[]|".indexOf(c) >= 0) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
  }
}
