package podium.model;

/**
 * Project-wide settings from {@code site.yaml}: the title of the editions index, its language, the base URL,
 * the brand every edition starts from (the editions index wears it too), and whether each session's page gets
 * a share image of its own ({@code sessionShareImages}, the default) or names its edition's.
 */
public record SiteConfig(Localized title, String language, String baseUrl, Brand brand,
    boolean sessionShareImages) {}
