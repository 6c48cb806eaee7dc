package podium.render;

/** A rendered output file: its path relative to the output folder and its bytes. */
public record RenderedFile(String path, byte[] bytes) {}
