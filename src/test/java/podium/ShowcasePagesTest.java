package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.photos.Images;

/**
 * The home page's showcase and the partners page, built from edition.yaml and partners.yaml in every language:
 * calls to action, figures, featured sessions and speakers (initials without a photo), the venue with an
 * OpenStreetMap link, partners by tier with their logos; texts missing in a language fall back, marked with
 * their language as every other text.
 */
class ShowcasePagesTest {
  @TempDir
  Path folder;

  @Test
  void theHomePageAndThePartnersPageComeFromTheDataInEveryLanguage() {
    TestSite site = TestSite.write(folder, Minimal.ALL.replace("  name: Palais des congrès\n",
        "  name: Palais des congrès\n  address: {en: \"2 Place de la Porte Maillot, Paris\", fr: \"2 place de la Porte "
            + "Maillot, Paris\"}\n  access: {en: Metro line 1., fr: Métro ligne 1.}\n  geo: {lat: 48.87853, lon: 2.28315}\n")
        .replace("types:\n", """
            registration: https://tickets.example.org/demo
            figures:
              - value: "300"
                label: {en: participants, fr: participants}
            featured:
              sessions: [opening]
              speakers: [ada]
            spotlight:
              - title: {en: Guest country, fr: Pays invité}
                text: {en: Portugal is our guest.}
            partner_tiers:
              - id: gold
                name: {en: Gold, fr: Or}
              - id: friends
                name: {en: Friends, fr: Amis}
            types:
            """) + """
        -- data/demo/partners.yaml --
        - id: friend
          name: Friendly Cluster
          tier: friends
        - id: acme
          name: Acme
          url: https://acme.example.org/
          logo: logos/acme.png
          tier: gold
          description: {en: Acme makes everything.}
        """);
    site.writeBytes("data/demo/logos/acme.png", Images.png(60, 30));
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();

    Document home = Jsoup.parse(site.file("demo/fr/index.html"));
    assertThat(home.select(".hero .actions a").eachAttr("href"))
        .containsExactly("https://tickets.example.org/demo", "programme/");
    assertThat(home.select(".hero .actions a").eachText()).containsExactly("S’inscrire", "Voir le programme");
    assertThat(home.select(".figures li").text()).isEqualTo("300 participants");
    Element spotlight = home.selectFirst(".spotlight");
    assertThat(spotlight.selectFirst("h2").text()).isEqualTo("Pays invité");
    assertThat(spotlight.selectFirst("p span[lang=en]").text()).isEqualTo("Portugal is our guest.");
    assertThat(home.select(".featured-sessions article").eachAttr("data-id")).containsExactly("opening");
    assertThat(home.selectFirst(".featured-speakers .wall .initials").text()).isEqualTo("AE");
    assertThat(home.selectFirst(".venue-info a[href^=https://www.openstreetmap.org/]").attr("href"))
        .isEqualTo("https://www.openstreetmap.org/?mlat=48.87853&mlon=2.28315#map=17/48.87853/2.28315");
    // tiers in the edition's order, whatever the order of partners.yaml; in the strip a logo stands for the name
    assertThat(home.select(".partners-strip .partner-tier h3").eachText()).containsExactly("Or", "Amis");
    Element logo = home.selectFirst(".partners-strip .tier-gold img");
    assertThat(logo.attr("alt")).isEqualTo("Acme");
    assertThat(logo.attr("src")).matches("\\.\\./assets/partners/acme\\.[0-9a-f]{10}\\.png");
    assertThat(logo.attr("width")).isEqualTo("60");
    assertThat(site.exists("demo/assets/" + logo.attr("src").substring("../assets/".length()))).isTrue();
    assertThat(home.select("nav.main-nav a[href=partenaires/]").text()).isEqualTo("Partenaires");

    Document partners = Jsoup.parse(site.file("demo/fr/partenaires/index.html"));
    assertThat(partners.selectFirst("h1").text()).isEqualTo("Partenaires");
    assertThat(partners.selectFirst(".tier-gold .description span[lang=en]").text()).isEqualTo("Acme makes everything.");
    assertThat(partners.selectFirst(".tier-gold img").attr("alt")).isEmpty();
    assertThat(partners.selectFirst(".tier-gold a").attr("href")).isEqualTo("https://acme.example.org/");
    assertThat(site.file("demo/en/partners/index.html")).contains("Friendly Cluster");
    assertThat(SiteLinks.broken(site.output())).isEmpty();
    assertThat(SiteLinks.inlineCode(site.output())).isEmpty();
  }
}
