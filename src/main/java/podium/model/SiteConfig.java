package podium.model;

/** Project-wide settings from {@code site.yaml}: the title of the editions index and its language. */
public record SiteConfig(Localized title, String language, String baseUrl) {}
