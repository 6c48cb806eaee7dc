package podium.load;

import java.util.List;
import podium.model.Localized;

/**
 * What an {@code edition.yaml} says for its home page, as written: key figures, featured sessions and speakers,
 * spotlights (a guest country, a tour, a stream…) and the partner tiers, in order.
 */
public final class ShowcaseDoc {
  private ShowcaseDoc() {}

  /** A key figure: {@code value} as shown ("900+"), {@code label} per language. */
  public record FigureDoc(String value, Localized label) {}

  /** The sessions and speakers the home page puts forward, by id. */
  public record FeaturedDoc(List<String> sessions, List<String> speakers) {}

  /** A highlighted block of the home page; {@code url} optional. */
  public record SpotlightDoc(Localized title, Localized text, String url) {}

  /** A partner tier (gold, institutional…), in the order the pages list them. */
  public record TierDoc(String id, Localized name) {}

  /** The venue's coordinates, for a link to OpenStreetMap. */
  public record GeoDoc(Double lat, Double lon) {}
}
