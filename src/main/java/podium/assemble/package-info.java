/** Stage 3, assemble: lays out the site model, every page of every edition in every language, with its links. */
package podium.assemble;
