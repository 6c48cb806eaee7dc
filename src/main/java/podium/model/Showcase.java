package podium.model;

import java.util.List;

/**
 * What an edition's home page puts forward beyond its programme: the registration address (null when closed
 * or unknown), key figures, featured sessions and speakers (ids, checked), spotlights, and the partners in the
 * order of their tiers.
 */
public record Showcase(String registration, List<Figure> figures, List<String> featuredSessions,
    List<String> featuredSpeakers, List<Spotlight> spotlights, List<Tier> tiers, List<Partner> partners) {

  public static final Showcase NONE = new Showcase(null, List.of(), List.of(), List.of(), List.of(), List.of(),
      List.of());

  /** A key figure: its value as shown, and what it counts. */
  public record Figure(String value, Localized label) {}

  /** A highlighted block; {@code url} may be null. */
  public record Spotlight(Localized title, Localized text, String url) {}

  /** A tier of partners. */
  public record Tier(String id, Localized name) {}

  /** A partner: {@code url} checked by the link rules, {@code logo} like photos (null without one). */
  public record Partner(String id, String name, String url, Photo logo, String tier, Localized description) {}
}
