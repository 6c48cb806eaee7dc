package podium.model;

/**
 * Project-wide settings from {@code site.yaml}: the title of the editions index, its language, the base URL and
 * the brand every edition starts from (the editions index wears it too).
 */
public record SiteConfig(Localized title, String language, String baseUrl, Brand brand) {}
