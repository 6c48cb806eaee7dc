package podium.assemble;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import podium.model.Edition;
import podium.model.Fallback;
import podium.model.Session;

/**
 * What the programme's search looks at beyond the cards: each session's description (its long text), with its
 * title, speakers and abstract, in one language. Shipped as {@code <edition>/<lang>/search.json}, fetched by the
 * filters script only once a reader uses the search field, so that the programme pages stay small. Markdown
 * syntax is dropped (link targets, emphasis marks), since readers search for words they read.
 *
 * @param sessions session id → its searchable text, in programme order
 */
public record SearchIndex(Map<String, String> sessions) {
  private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
  private static final Pattern MARKUP = Pattern.compile("[*_`#>\\[\\]|]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** The file name below the language's home, as pages link it. */
  public static final String FILE = "search.json";

  static SiteModel.JsonFile of(Edition edition, String language, Programme programme, Routes routes) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Session session : edition.sessions()) {
      SessionCard card = programme.cards.get(session.id());
      StringBuilder text = new StringBuilder(card.title().value());
      card.speakers().forEach(speaker -> text.append(' ').append(speaker.name()));
      if (card.summary().value() != null) {
        text.append(' ').append(card.summary().value());
      }
      String shown = Fallback.first(session.descriptions(), edition.fallbackFor(language));
      if (shown != null) {
        text.append(' ').append(plain(session.descriptions().get(shown).text()));
      }
      texts.put(session.id(), SPACE.matcher(text).replaceAll(" ").strip());
    }
    return new SiteModel.JsonFile(routes.home(language) + FILE, new SearchIndex(texts));
  }

  private static String plain(String markdown) {
    return MARKUP.matcher(LINK_TARGET.matcher(markdown).replaceAll(" ")).replaceAll(" ");
  }
}
