/**
 * The editor's preview: serves the site from memory, rebuilds what a change touches, reloads browsers.
 *
 * <p>May use: podium.diagnostic, podium.rules, podium.model, podium.load, podium.assemble, podium.pipeline.
 */
package podium.serve;
