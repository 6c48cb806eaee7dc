/**
 * Scaffolding: new editions and pages written as an editor would, ready to build at once.
 *
 * <p>May use: podium.diagnostic.
 */
package podium.scaffold;
