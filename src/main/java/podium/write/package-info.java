/**
 * Stage 5, write: puts the rendered site on disk atomically, so a failed build never leaves half a site.
 *
 * <p>May use: podium.diagnostic, podium.rules, podium.assemble, podium.render.
 */
package podium.write;
