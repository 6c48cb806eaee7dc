package podium.load;

import java.util.List;
import java.util.Map;
import podium.model.Localized;

/**
 * {@code data/<edition>/edition.yaml} as written: the edition, its rooms, tracks, session types, days and brand.
 */
public record EditionDoc(
    Localized name,
    Localized tagline,
    String start,
    String end,
    String timezone,
    Boolean online,
    VenueDoc venue,
    List<String> languages,
    String defaultLanguage,
    Map<String, List<String>> fallback,
    String baseUrl,
    Localized organiser,
    List<RoomDoc> rooms,
    List<NamedDoc> tracks,
    List<NamedDoc> types,
    List<DayDoc> days,
    BrandDoc brand,
    String registration,
    List<ShowcaseDoc.FigureDoc> figures,
    ShowcaseDoc.FeaturedDoc featured,
    List<ShowcaseDoc.SpotlightDoc> spotlight,
    List<ShowcaseDoc.TierDoc> partnerTiers) {

  /** The venue of an on-site edition; {@code access} says how to get in, {@code geo} where it is. */
  public record VenueDoc(Localized name, Localized address, String url, Localized access, ShowcaseDoc.GeoDoc geo) {}

  /** A room: {@code floor} and {@code stream} (a live stream URL) are optional. */
  public record RoomDoc(String id, Localized name, Localized floor, String stream) {}

  /** A track or session type. */
  public record NamedDoc(String id, Localized name) {}

  /** An optional title for one day of the edition. */
  public record DayDoc(String date, Localized title) {}
}
