package podium.assemble;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import podium.model.Edition;
import podium.model.Messages;
import podium.model.Site;

/**
 * {@code _headers} and {@code _redirects}, read by Netlify, Cloudflare Pages and similar hosts: long immutable
 * caching for fingerprinted assets, short caching for pages, a Content-Security-Policy without
 * {@code unsafe-inline}, and the calendar media type. Redirects lead a URL whose section word is in another
 * language ({@code /de/programme/}) to the right one ({@code /de/programm/}). 404 pages are not redirected:
 * hosts find {@code 404.html} themselves, and Cloudflare would apply such a rule even to existing files.
 */
final class HostingFiles {
  /** Everything the pages load comes from the site itself; no inline code is emitted anywhere. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; "
      + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private HostingFiles() {}

  private static void sectionRedirects(Site site, Edition edition, String base, StringBuilder redirects,
      Set<String> seen) {
    for (String key : Messages.URL_WORDS) {
      for (String language : edition.languages()) {
        String word = site.messages().of(language).get(key);
        for (String other : site.messages().byLanguage().keySet().stream().sorted().toList()) {
          String otherWord = site.messages().of(other).get(key);
          if (otherWord != null && !otherWord.equals(word) && seen.add(base + language + "/" + otherWord)) {
            redirects.append(base).append(language).append('/').append(otherWord).append("/*  ").append(base)
                .append(language).append('/').append(word).append("/:splat  301\n");
          }
        }
      }
    }
  }

  static List<SiteModel.TextFile> of(Site site) {
    String root = BasePaths.ofSite(site.config());
    StringBuilder headers = new StringBuilder("""
        # Read by Netlify, Cloudflare Pages and compatible hosts; see the README for nginx.
        %s*
          Content-Security-Policy: %s
          X-Content-Type-Options: nosniff
          Referrer-Policy: strict-origin-when-cross-origin
          Cache-Control: public, max-age=300, must-revalidate
        """.formatted(root, CONTENT_SECURITY_POLICY));
    headers.append("\n# Fingerprinted assets never change under the same name.\n");
    StringBuilder redirects = new StringBuilder("# Read by Netlify, Cloudflare Pages and compatible hosts.\n");
    Set<String> seen = new HashSet<>();
    for (Edition edition : site.editions()) {
      String base = BasePaths.ofEdition(edition, site.config());
      headers.append("""
          %sassets/*
            Cache-Control: public, max-age=31536000, immutable
          """.formatted(base));
      for (String language : edition.languages()) {
        headers.append("""
            %s%s/programme.ics
              Content-Type: text/calendar; charset=utf-8
            """.formatted(base, language));
      }
      sectionRedirects(site, edition, base, redirects, seen);
    }
    return List.of(new SiteModel.TextFile("_headers", headers.toString()),
        new SiteModel.TextFile("_redirects", redirects.toString()));
  }
}
