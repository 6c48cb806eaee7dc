package podium.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import podium.diagnostic.Problems;
import podium.load.EditionDoc;
import podium.load.ImageFile;
import podium.load.Parsed;
import podium.load.PartnerDoc;
import podium.load.ShowcaseDoc;
import podium.model.Localized;
import podium.model.Photo;
import podium.model.Showcase;

/**
 * Checks what an edition puts on its home page: the registration link (by the link rules), key figures,
 * featured sessions and speakers (known ids), spotlights, partner tiers, and {@code partners.yaml} (unique ids,
 * a name, a safe URL, a known tier, a logo checked like photos).
 */
final class ShowcaseValidator {
  private ShowcaseValidator() {}

  static Showcase check(Parsed<EditionDoc> edition, Parsed<List<PartnerDoc>> partners, List<String> languages,
      Collection<String> sessions, Collection<String> speakers, String folder, Map<String, ImageFile> images,
      Problems problems) {
    EditionDoc doc = edition.value();
    FileChecks checks = new FileChecks(edition, problems);
    List<Showcase.Figure> figures = new ArrayList<>();
    list(doc.figures()).forEach((at, figure) -> {
      if (figure != null && checks.require("/figures/" + at + "/value", figure.value())
          && checks.require("/figures/" + at + "/label", figure.label())) {
        figures.add(new Showcase.Figure(figure.value().strip(),
            checks.localized("/figures/" + at + "/label", figure.label(), languages)));
      }
    });
    ShowcaseDoc.FeaturedDoc featured = doc.featured();
    List<String> featuredSessions = references(checks, "/featured/sessions",
        featured == null ? null : featured.sessions(), "session", sessions);
    List<String> featuredSpeakers = references(checks, "/featured/speakers",
        featured == null ? null : featured.speakers(), "speaker", speakers);
    List<Showcase.Spotlight> spotlights = new ArrayList<>();
    list(doc.spotlight()).forEach((at, spot) -> {
      String pointer = "/spotlight/" + at;
      if (spot != null && checks.require(pointer + "/title", spot.title())) {
        spotlights.add(new Showcase.Spotlight(checks.localized(pointer + "/title", spot.title(), languages),
            checks.localized(pointer + "/text", spot.text(), languages), checks.url(pointer + "/url", spot.url())));
      }
    });
    Map<String, Showcase.Tier> tiers = checks.defined("partner tier", "/partner_tiers", doc.partnerTiers(),
        ShowcaseDoc.TierDoc::id, (tier, at) -> checks.require(at + "/name", tier.name())
            ? new Showcase.Tier(tier.id(), checks.localized(at + "/name", tier.name(), languages)) : null);
    List<Showcase.Partner> checkedPartners = partners == null ? List.of()
        : partners(partners, languages, tiers.keySet(), folder, images, problems);
    return new Showcase(checks.url("/registration", doc.registration()), List.copyOf(figures), featuredSessions,
        featuredSpeakers, List.copyOf(spotlights), List.copyOf(tiers.values()), checkedPartners);
  }

  private static List<Showcase.Partner> partners(Parsed<List<PartnerDoc>> parsed, List<String> languages,
      Set<String> tiers, String folder, Map<String, ImageFile> images, Problems problems) {
    FileChecks checks = new FileChecks(parsed, problems);
    Map<String, Showcase.Partner> partners = checks.defined("partner", "", parsed.value(), PartnerDoc::id,
        (doc, at) -> {
          boolean named = checks.require(at + "/name", doc.name());
          boolean tiered = checks.require(at + "/tier", doc.tier())
              && checks.reference(at + "/tier", doc.tier(), "partner tier", tiers);
          String url = checks.url(at + "/url", doc.url());
          Photo logo = doc.logo() == null ? null
              : ImageChecks.image(checks, at + "/logo", "logo", doc.logo(), Localized.everywhere(doc.name()), folder,
                  images);
          Localized description = checks.localized(at + "/description", doc.description(), languages);
          return named && tiered ? new Showcase.Partner(doc.id(), doc.name().strip(), url, logo, doc.tier(),
              description) : null;
        });
    return List.copyOf(partners.values());
  }

  private static List<String> references(FileChecks checks, String pointer, List<String> ids, String kind,
      Collection<String> known) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; ids != null && i < ids.size(); i++) {
      if (checks.reference(pointer + "/" + i, ids.get(i), kind, known) && !kept.contains(ids.get(i))) {
        kept.add(ids.get(i));
      }
    }
    return List.copyOf(kept);
  }

  /** The entries of a list with their index, for pointers. */
  private static <T> Map<Integer, T> list(List<T> items) {
    java.util.LinkedHashMap<Integer, T> byIndex = new java.util.LinkedHashMap<>();
    for (int i = 0; items != null && i < items.size(); i++) {
      byIndex.put(i, items.get(i));
    }
    return byIndex;
  }
}
