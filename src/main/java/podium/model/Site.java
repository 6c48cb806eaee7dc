package podium.model;

import java.util.List;

/** Everything the validated input describes: every edition, ordered by start date, newest first. */
public record Site(SiteConfig config, List<Edition> editions, Messages messages) {}
