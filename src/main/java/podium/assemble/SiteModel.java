package podium.assemble;

import java.util.List;
import podium.model.Site;

/**
 * The assembled site, what every output reads: the validated {@code site}, the {@code routes} of each edition
 * built (in the site's order; one when a build asks for one edition), every page to render, every data file to
 * serialize as JSON (typed records), every file to copy, every photo to publish smaller, in a stable order, and
 * the share images to draw (one per path: languages whose card says the same share it) and the fingerprinted
 * names of the assets.
 */
public record SiteModel(Site site, List<Routes> routes, List<PageSpec> pages, List<JsonFile> json,
    List<FileCopy> copies, List<ScaledPhoto> photos, List<ShareCard> shareCards, Fingerprints fingerprints) {

  /** A JSON file: its path relative to the output folder and the record it serializes. */
  public record JsonFile(String path, Object content) {}

  /** The part of the site that belongs to one edition (null: all of it). */
  public SiteModel only(String edition) {
    if (edition == null) {
      return this;
    }
    String prefix = edition + "/";
    return new SiteModel(site, routes.stream().filter(route -> route.edition().id().equals(edition)).toList(),
        pages.stream().filter(page -> page.path().startsWith(prefix)).toList(),
        json.stream().filter(file -> file.path().startsWith(prefix)).toList(),
        copies.stream().filter(copy -> copy.target().startsWith(prefix)).toList(),
        photos.stream().filter(photo -> photo.sizes().get(0).target().startsWith(prefix)).toList(),
        shareCards.stream().filter(card -> card.path().startsWith(prefix)).toList(), fingerprints);
  }

  /** True unless this is {@link #only} one edition of several. */
  public boolean whole() {
    return routes.size() == site.editions().size();
  }

  /**
   * Every path the site publishes besides its pages and generated files: copies, scaled photos, and the share
   * images named after what they show (the hosts' long cache covers them).
   */
  public List<String> copiedPaths() {
    List<String> published = new java.util.ArrayList<>(copies.stream().map(FileCopy::target).toList());
    photos.forEach(photo -> photo.sizes().forEach(size -> published.add(size.target())));
    shareCards.stream().filter(ShareCard::namedByContent).forEach(card -> published.add(card.path()));
    return published;
  }
}
