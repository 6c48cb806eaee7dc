package podium.model;

import java.nio.file.Path;

/**
 * A speaker's photo: the checked file, its format, a digest of its content (for a fingerprinted, cacheable
 * name) and its displayed size in pixels (0 × 0 for an SVG without one). {@code alt} is empty when the photo
 * only repeats the name written next to it, which is the usual case. {@code orientation} is the EXIF turn
 * (1–8) that the stored pixels need to be shown upright: browsers apply it, so must whoever resizes them.
 */
public record Photo(Path source, ImageFormat format, String hash, int width, int height, int orientation,
    Localized alt, FileContent content) {}
