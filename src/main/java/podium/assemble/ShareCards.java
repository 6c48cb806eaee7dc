package podium.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import podium.model.Edition;
import podium.model.Session;

/**
 * The share images of one edition in one language: the edition's own (its name, dates, place and tagline) and
 * one per session (title, date and time as its page gives them, room, speakers, the edition's name). A break
 * shows the edition's image: its page is no one's reason to share a link. Without a base URL no page can name
 * a picture (OpenGraph wants absolute URLs), so sessions get none: each costs ~3 ms of CPU to draw, which a
 * large programme would pay for files nothing links to. {@code share_images: editions} in site.yaml gives
 * sessions their edition's picture too ({@code sessions} false).
 */
final class ShareCards {
  private final Edition edition;
  private final Localizer local;
  private final Routes routes;
  private final ShareCard.Colours colours;
  private final boolean sessions;
  private final ShareCard editionCard;
  private final List<ShareCard> all = new ArrayList<>();

  ShareCards(Edition edition, Localizer local, Routes routes, EditionView view, boolean sessions) {
    this.edition = edition;
    this.sessions = sessions;
    this.local = local;
    this.routes = routes;
    this.colours = ShareCard.Colours.of(edition.brand());
    String place = edition.online() ? local.strings().getOrDefault("online_event", "Online")
        : view.venueName().value();
    editionCard = ShareCard.at(routes.shareImage(local.language()), view.name().value(),
        List.of(view.dates(), place == null ? "" : place), view.tagline().value(), colours);
    all.add(editionCard);
  }

  /** The edition's card. */
  ShareCard edition() {
    return editionCard;
  }

  /** The card of a session's page: its own, or the edition's for a break. */
  ShareCard session(Session session, SessionCard card) {
    if (!sessions || !card.starrable() || routes.absolute(card.url()) == null) {
      return editionCard;
    }
    List<String> details = new ArrayList<>();
    if (card.cancelled()) {
      details.add(local.strings().getOrDefault("status_cancelled", "Cancelled"));
    }
    details.add(card.day() + ", " + card.start() + "–" + card.end() + " (" + edition.timezone().getId() + ")");
    Text floor = local.text(session.room().floor());
    String room = card.room().present() ? card.room().value() : session.room().id();
    details.add(room + (floor.present() ? ", " + floor.value() : ""));
    details.add(card.speakers().stream().map(SessionCard.SpeakerRef::name).collect(Collectors.joining(", ")));
    ShareCard shared = ShareCard.named(routes.assets() + "share/", session.id(), card.title().value(), details,
        editionCard.heading(), colours);
    all.add(shared);
    return shared;
  }

  /** Every card made so far, the edition's first. */
  List<ShareCard> all() {
    return all;
  }
}
