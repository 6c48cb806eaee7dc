package podium.model;

import java.util.List;

/**
 * Everything the validated input describes: every edition, ordered by start date, newest first, and a digest
 * of the input it came from (what caches key on, such as the offline worker's).
 */
public record Site(SiteConfig config, List<Edition> editions, Messages messages, String inputDigest) {}
