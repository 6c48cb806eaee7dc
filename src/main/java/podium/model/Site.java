package podium.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the validated input describes: every edition, ordered by start date, newest first, and a digest
 * of the input it came from (what caches key on, such as the offline worker's), and when each data and content
 * file was last committed (project-relative paths; empty outside git).
 */
public record Site(SiteConfig config, List<Edition> editions, Messages messages, String inputDigest,
    Map<String, Instant> committed) {}
