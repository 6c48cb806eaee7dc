package podium;

/** A valid two-language edition that tests extend or break, one file at a time. */
public final class Minimal {
  private Minimal() {}

  public static final String EDITION = """
      -- data/demo/edition.yaml --
      name:
        en: Demo Congress 2030
        fr: Congrès démo 2030
      start: 2030-03-04
      end: 2030-03-05
      timezone: Europe/Paris
      venue:
        name: Palais des congrès
      languages: [en, fr]
      default_language: en
      rooms:
        - id: hall
          name: {en: Main hall, fr: Grande salle}
        - id: lab
          name: Lab
      tracks:
        - id: policy
          name: {en: Policy, fr: Politique}
      types:
        - id: talk
          name: {en: Talk, fr: Exposé}
      """;

  public static final String SPEAKERS = """
      -- data/demo/speakers.yaml --
      - id: ada
        name: Ada Example
        affiliation: {en: Example Cluster, fr: Cluster Exemple}
        bio: {en: Ada runs a cluster., fr: Ada dirige un cluster.}
      """;

  public static final String SESSIONS = """
      -- data/demo/sessions.yaml --
      - id: opening
        title: {en: Opening, fr: Ouverture}
        date: 2030-03-04
        start: "09:00"
        end: "09:30"
        room: hall
        track: policy
        type: talk
        speakers: [ada]
        languages: [en]
        interpretation: [fr]
        abstract: {en: Welcome to the congress., fr: Bienvenue au congrès.}
      - id: workshop
        title: {en: Workshop}
        date: 2030-03-05
        start: "10:00"
        end: "11:00"
        room: lab
        languages: [fr]
      """;

  public static final String PAGES = """
      -- content/demo/en/about.md --
      ---
      title: About
      weight: 10
      ---
      The *demo* congress.
      -- content/demo/fr/about.md --
      title=À propos
      slug=a-propos
      weight=10
      ~~~~~~
      Le congrès *démo*.
      """;

  public static final String ALL = EDITION + SPEAKERS + SESSIONS + PAGES;
}
