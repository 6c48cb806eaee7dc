package podium.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import podium.model.Edition;
import podium.model.Room;
import podium.model.Showcase;
import podium.model.Venue;

/**
 * What an edition's home page puts forward, in one language, from its data: the calls to action, key figures,
 * featured sessions and speakers, spotlights, partners by tier and the venue; and where partners' logos are
 * published ({@code assets/partners/<id>.<hash>.<ext>}, so a new logo gets a new name). The build never looks
 * at the clock (its output must be the same bytes every time): an editor removes {@code registration} once it
 * closes, and the programme is always offered.
 */
final class Showcases {
  static final String LOGOS = "partners/";

  private Showcases() {}

  static Contents.Showcase of(Edition edition, Localizer local, Routes routes, Programme programme) {
    String language = local.language();
    Showcase showcase = edition.showcase();
    List<Contents.Action> actions = new ArrayList<>();
    if (showcase.registration() != null) {
      actions.add(new Contents.Action("register", local.strings().get("register"), showcase.registration()));
    }
    edition.rooms().stream().filter(room -> room.stream() != null).findFirst().ifPresent(room ->
        actions.add(new Contents.Action("stream", local.strings().get("watch_stream"), room.stream())));
    actions.add(new Contents.Action("programme", local.strings().get("see_programme"), routes.programme(language)));
    List<Contents.Figure> figures = showcase.figures().stream()
        .map(figure -> new Contents.Figure(figure.value(), local.text(figure.label()))).toList();
    List<SessionCard> sessions = showcase.featuredSessions().stream().filter(programme.cards::containsKey)
        .map(programme.cards::get).toList();
    List<SessionCard.SpeakerRef> speakers = showcase.featuredSpeakers().stream()
        .flatMap(id -> edition.speakers().stream().filter(speaker -> speaker.id().equals(id)))
        .map(speaker -> Programme.speakerRef(speaker, local, routes)).toList();
    List<Contents.Spotlight> spotlights = showcase.spotlights().stream()
        .map(spot -> new Contents.Spotlight(local.text(spot.title()), local.text(spot.text()), spot.url())).toList();
    return new Contents.Showcase(List.copyOf(actions), figures, sessions, speakers, spotlights,
        partners(edition, local, routes), venue(edition, local),
        showcase.partners().isEmpty() ? null : routes.partners(language));
  }

  /** The partners by tier, tiers in the edition's order; tiers without partners are left out. */
  static List<Contents.PartnerTier> partners(Edition edition, Localizer local, Routes routes) {
    List<Contents.PartnerTier> tiers = new ArrayList<>();
    for (Showcase.Tier tier : edition.showcase().tiers()) {
      List<Contents.PartnerView> partners = edition.showcase().partners().stream()
          .filter(partner -> partner.tier().equals(tier.id()))
          .map(partner -> new Contents.PartnerView(partner.id(), partner.name(), partner.url(),
              partner.logo() == null ? null : new SessionCard.Picture(routes.assets() + logo(partner),
                  partner.logo().width(), partner.logo().height()), local.text(partner.description())))
          .toList();
      if (!partners.isEmpty()) {
        tiers.add(new Contents.PartnerTier(tier.id(), local.text(tier.name()), partners));
      }
    }
    return List.copyOf(tiers);
  }

  /** The partners' logos, copied into the edition's {@code assets/partners/}. */
  static List<FileCopy> copies(Edition edition) {
    return edition.showcase().partners().stream().filter(partner -> partner.logo() != null)
        .map(partner -> new FileCopy(partner.logo().content(), edition.id() + "/assets/" + logo(partner))).toList();
  }

  private static String logo(Showcase.Partner partner) {
    return LOGOS + partner.id() + "." + partner.logo().hash() + "." + partner.logo().format().extension();
  }

  private static Contents.VenueInfo venue(Edition edition, Localizer local) {
    Venue venue = edition.venue();
    if (venue == null) {
      return null;
    }
    List<Contents.RoomView> rooms = new ArrayList<>();
    for (Room room : edition.rooms()) {
      rooms.add(new Contents.RoomView(local.text(room.name()), local.text(room.floor())));
    }
    return new Contents.VenueInfo(local.text(venue.name()), local.text(venue.address()), local.text(venue.access()),
        map(venue.lat(), venue.lon()), List.copyOf(rooms));
  }

  /** OpenStreetMap at the coordinates, with a marker; a link, never an embedded third-party map. */
  static String map(Double lat, Double lon) {
    if (lat == null || lon == null) {
      return null;
    }
    String latitude = String.format(Locale.ROOT, "%.5f", lat);
    String longitude = String.format(Locale.ROOT, "%.5f", lon);
    return "https://www.openstreetmap.org/?mlat=" + latitude + "&mlon=" + longitude + "#map=17/" + latitude + "/"
        + longitude;
  }
}
