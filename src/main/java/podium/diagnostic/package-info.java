/**
 * Problems in the user's input with their positions, progress, and the pool that runs every stage's parallel work.
 *
 * <p>May use: nothing of Podium's.
 */
package podium.diagnostic;
