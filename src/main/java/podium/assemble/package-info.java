/**
 * Stage 3, assemble: lays out the site model, every page of every edition in every language, with its links.
 *
 * <p>May use: podium.diagnostic, podium.rules, podium.model, podium.load.
 */
package podium.assemble;
