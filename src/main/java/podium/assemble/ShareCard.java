package podium.assemble;

import java.util.List;
import podium.model.Brand;
import podium.rules.ContentHash;

/**
 * What one share image shows (1200 × 630 PNG, the picture social networks put beside a shared link): a
 * {@code heading} in bold, {@code details} one line each (date and time, place, speakers), an optional
 * {@code footer} in a band at the bottom, in the edition's brand {@code colours}. The render stage draws it
 * ({@code render.export.ShareCanvas}); this record is all it reads, so two equal cards are the same picture.
 *
 * <p>{@code path} is where it is published, from the output root. A session's card is named after a hash of
 * what it shows ({@code namedByContent}): two languages whose card says the same share one file, and a file
 * of the last build under the same name is that picture already.
 */
public record ShareCard(String path, boolean namedByContent, String heading, List<String> details, String footer,
    Colours colours) {
  /**
   * The drawing's version, part of every content name: raise it whenever ShareCanvas draws the same card
   * differently (layout, sizes, fonts) or PalettePng writes it differently, so that no build reuses an older
   * file under a name it no longer fits (and a rebuild writes the bytes a fresh build would).
   */
  public static final int DRAWING = 1;

  /**
   * The card's colours: text on the background and text on the band, pairs whose contrast the brand's
   * validator keeps at WCAG 2.2 AA (primary under white text, accent under dark text).
   */
  public record Colours(String background, String text, String band, String bandText) {
    static Colours of(Brand brand) {
      return new Colours(brand.primary(), Brand.ON_PRIMARY, brand.accent(), Brand.ON_ACCENT);
    }
  }

  public ShareCard {
    details = details.stream().filter(detail -> detail != null && !detail.isBlank()).toList();
  }

  /** An edition's card in one language, published at {@code path} (a stable address: the edition's image). */
  static ShareCard at(String path, String heading, List<String> details, String footer, Colours colours) {
    return new ShareCard(path, false, heading, details, footer, colours);
  }

  /** A card published in {@code folder} as {@code <stem>.<hash of what it shows>.png}. */
  static ShareCard named(String folder, String stem, String heading, List<String> details, String footer,
      Colours colours) {
    ShareCard card = new ShareCard("", true, heading, details, footer, colours);
    StringBuilder drawn = new StringBuilder().append(DRAWING).append('\u0000').append(heading);
    card.details().forEach(detail -> drawn.append('\u0000').append(detail));
    drawn.append('\u0000').append(footer).append('\u0000').append(colours);
    return new ShareCard(folder + stem + "." + ContentHash.of(drawn.toString()) + ".png", true, heading,
        card.details(), footer, colours);
  }
}
