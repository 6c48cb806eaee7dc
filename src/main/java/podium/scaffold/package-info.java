/** Scaffolding: new editions and pages written as an editor would, ready to build at once. */
package podium.scaffold;
