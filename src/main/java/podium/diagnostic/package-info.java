/** Problems in the user's input with their positions, progress, and failures of background work: every stage's. */
package podium.diagnostic;
