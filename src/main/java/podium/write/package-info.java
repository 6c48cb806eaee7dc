/** Stage 5, write: puts the rendered site on disk atomically, so a failed build never leaves half a site. */
package podium.write;
