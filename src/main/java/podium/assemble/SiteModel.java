package podium.assemble;

import java.util.List;

/** Every page to render and every file to copy, in a stable order. */
public record SiteModel(List<PageSpec> pages, List<FileCopy> copies) {}
