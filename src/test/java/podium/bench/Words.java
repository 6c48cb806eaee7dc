package podium.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** The vocabulary and text shapes of gen_corpus.py, so sentence and body lengths match the reference corpus. */
final class Words {
  static final List<String> FIRST = split("Anna Bruno Chloé Dieter Elif Fabien Greta Hugo Inès Jürgen Katarzyna "
      + "Luca Marie Niklas Océane Pieter Quentin Rosa Sören Théo Ulla Vera Wojciech Xavier Yasmin Zoé");
  static final List<String> LAST = split("Martin Müller Schmidt Dubois Rossi Nowak Janssens García Lefèvre Wagner "
      + "Becker Moreau Fischer Kowalski Lambert Weber Bernard Hoffmann Girard Novák");
  static final List<String> COUNTRIES = split("FR DE BE NL IT ES PL AT CZ LU DK SE");
  static final List<String> COMPANY = split("GmbH SAS ASBL e.V. Ltd");
  private static final Map<String, List<String>> VOCABULARY = Map.of(
      "fr", split("politique cluster innovation région entreprise réseau coopération industrie transition "
          + "numérique écologique compétitivité chaîne valeur européenne stratégie spécialisation "
          + "intelligente financement recherche développement territoire acteurs économie emploi "
          + "formation compétences résilience souveraineté partenariat écosystème projet évaluation "
          + "données énergie mobilité santé agroalimentaire matériaux à la de le les des et pour dans "
          + "avec sur une un qui est sont été être avoir très plus moins entre après avant déjà"),
      "de", split("Clusterpolitik Innovation Region Unternehmen Netzwerk Kooperation Industrie Wandel "
          + "digitale ökologische Wettbewerbsfähigkeit Wertschöpfungskette europäische Strategie "
          + "intelligente Spezialisierung Förderung Forschung Entwicklung Standort Akteure Wirtschaft "
          + "Beschäftigung Ausbildung Kompetenzen Resilienz Souveränität Partnerschaft Ökosystem "
          + "Projekt Bewertung Daten Energie Mobilität Gesundheit Ernährung Werkstoffe der die das "
          + "und für in mit auf eine ein den dem des ist sind wurde werden haben sehr mehr weniger "
          + "zwischen nach vor bereits über größer"),
      "en", split("cluster policy innovation region company network cooperation industry transition digital "
          + "green competitiveness value chain european strategy smart specialisation funding research "
          + "development territory stakeholders economy jobs training skills resilience sovereignty "
          + "partnership ecosystem project evaluation data energy mobility health agrifood materials "
          + "the of and to in for with on a an which is are was be have very more less between after "
          + "before already"));
  private static final Map<String, String> HEADING =
      Map.of("fr", "## Résumé", "de", "## Zusammenfassung", "en", "## Abstract");
  private static final Map<String, String> LINK = Map.of("fr", "lien", "de", "Link", "en", "link");

  private final Random random;

  Words(Random random) {
    this.random = random;
  }

  String pick(List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  /** n words, the first capitalised, ending with a full stop. */
  String sentence(String language, int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String word = pick(VOCABULARY.get(language));
      text.append(i == 0 ? "" : " ").append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
    }
    return text.append('.').toString();
  }

  /** ~300 words: a heading, four paragraphs of five sentences (one bold, one italic, one with a link), a list. */
  String body(String language) {
    String[] paragraphs = new String[4];
    for (int p = 0; p < 4; p++) {
      String[] s = new String[5];
      for (int i = 0; i < 5; i++) {
        s[i] = sentence(language, 8 + random.nextInt(7));
      }
      s[1] = "**" + s[1].substring(0, s[1].length() - 1) + "**.";
      s[3] = "*" + s[3].substring(0, s[3].length() - 1) + "*.";
      if (p == 1) {
        s[2] = s[2].substring(0, s[2].length() - 1) + " ([" + LINK.get(language) + "](https://example.org/ref)).";
      }
      paragraphs[p] = String.join(" ", s);
    }
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      list.append("- ").append(sentence(language, 6)).append('\n');
    }
    return HEADING.get(language) + "\n\n" + paragraphs[0] + "\n\n" + paragraphs[1] + "\n\n" + list + "\n"
        + paragraphs[2] + "\n\n" + paragraphs[3] + "\n";
  }

  private static List<String> split(String words) {
    return List.of(words.split(" "));
  }
}
