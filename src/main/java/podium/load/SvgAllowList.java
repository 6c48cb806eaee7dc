package podium.load;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SVG photo may hold: the drawing elements and presentation attributes of SVG 1.1 and 2, links only
 * to its own {@code #fragments}, styles that refer to nothing outside it. An allow-list, not a block-list:
 * script, {@code foreignObject}, animation (which can rewrite a link), hyperlinks, event handlers and anything
 * unknown are refused, including what a later SVG version may add. Elements and attributes of the drawing
 * programs' own namespaces (Inkscape, Sodipodi, RDF metadata) are kept, since browsers ignore them.
 */
final class SvgAllowList {
  static final String SVG = "http://www.w3.org/2000/svg";
  private static final String XLINK = "http://www.w3.org/1999/xlink";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";
  private static final Set<String> EDITOR_NAMESPACES = Set.of(
      "http://www.inkscape.org/namespaces/inkscape",
      "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
      "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
      "http://purl.org/dc/elements/1.1/",
      "http://creativecommons.org/ns#",
      "http://web.resource.org/cc/");

  private static final Set<String> ELEMENTS = Set.of(
      "svg", "g", "defs", "symbol", "use", "switch", "title", "desc", "metadata", "style",
      "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
      "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "filter",
      "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
      "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA",
      "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology",
      "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence");

  private static final Set<String> ATTRIBUTES = Set.of(
      "id", "class", "style", "lang", "tabindex", "role", "version", "baseProfile", "viewBox",
      "preserveAspectRatio", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr",
      "width", "height", "d", "points", "pathLength", "transform", "href",
      "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
      "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "color",
      "display", "visibility", "overflow", "clip", "clip-path", "clip-rule", "mask", "filter", "marker-start",
      "marker-mid", "marker-end", "paint-order", "vector-effect", "mix-blend-mode", "isolation",
      "color-interpolation", "color-interpolation-filters", "color-rendering", "shape-rendering",
      "text-rendering", "image-rendering", "font-family", "font-size", "font-size-adjust", "font-weight",
      "font-style", "font-variant", "font-stretch", "text-anchor", "dominant-baseline", "alignment-baseline",
      "baseline-shift", "letter-spacing", "word-spacing", "text-decoration", "writing-mode", "direction",
      "unicode-bidi", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method", "spacing",
      "side", "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod",
      "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits",
      "maskContentUnits", "mask-type", "markerUnits", "markerWidth", "markerHeight", "refX", "refY", "orient",
      "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "type", "values",
      "tableValues", "slope", "intercept", "amplitude", "exponent", "operator", "k1", "k2", "k3", "k4",
      "order", "kernelMatrix", "divisor", "bias", "targetX", "targetY", "edgeMode", "kernelUnitLength",
      "preserveAlpha", "surfaceScale", "diffuseConstant", "specularConstant", "specularExponent",
      "lighting-color", "flood-color", "flood-opacity", "azimuth", "elevation", "pointsAtX", "pointsAtY",
      "pointsAtZ", "limitingConeAngle", "z", "scale", "xChannelSelector", "yChannelSelector",
      "baseFrequency", "numOctaves", "seed", "stitchTiles", "radius", "requiredFeatures", "systemLanguage",
      "enable-background");

  /** A reference in CSS: url(…), and the functions that take an address as a string. */
  private static final Pattern CSS_REFERENCE =
      Pattern.compile("(url|image-set|image|cross-fade|src)\\(\\s*['\"]?(.?)", Pattern.CASE_INSENSITIVE);

  private SvgAllowList() {}

  static boolean isAllowedElement(String namespace, String localName) {
    return isEditors(namespace) || isSvg(namespace) && ELEMENTS.contains(localName);
  }

  /**
   * An attribute of an element in {@code elementNamespace}. The drawing programs' elements keep their own
   * attributes (browsers ignore both), but never one named like an event handler.
   */
  static boolean isAllowedAttribute(String elementNamespace, String namespace, String localName) {
    if (isEditors(elementNamespace) && (namespace == null || namespace.isEmpty())) {
      return !localName.toLowerCase(Locale.ROOT).startsWith("on");
    }
    if (namespace == null || namespace.isEmpty()) {
      return ATTRIBUTES.contains(localName) || localName.startsWith("data-") || localName.startsWith("aria-");
    }
    return isEditors(namespace) || namespace.equals(XLINK) && (localName.equals("href") || localName.equals("title"))
        || namespace.equals(XML) && (localName.equals("space") || localName.equals("lang"));
  }

  /** True for {@code href} and {@code xlink:href}, which may only point within the drawing. */
  static boolean isLink(String namespace, String localName) {
    return localName.equals("href") && (namespace == null || namespace.isEmpty() || namespace.equals(XLINK));
  }

  static boolean isLocal(String link) {
    return link.strip().startsWith("#");
  }

  /**
   * True when CSS text (a style attribute, a style element, a presentation attribute such as
   * {@code fill="url(#g)"}) refers to nothing but the drawing's own fragments. Escapes and imports are refused
   * outright: a CSS escape can spell {@code url} or a scheme in a way no simple check reads.
   */
  static boolean refersOnlyWithin(String css) {
    String lower = css.toLowerCase(Locale.ROOT);
    if (lower.indexOf('\\') >= 0 || lower.contains("@import") || lower.contains("expression(")) {
      return false;
    }
    Matcher reference = CSS_REFERENCE.matcher(lower);
    while (reference.find()) {
      if (!reference.group(1).equals("url") || !reference.group(2).equals("#")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSvg(String namespace) {
    return namespace == null || namespace.isEmpty() || namespace.equals(SVG);
  }

  private static boolean isEditors(String namespace) {
    return namespace != null && EDITOR_NAMESPACES.contains(namespace);
  }
}
