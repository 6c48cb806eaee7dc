/** The editor's preview: serves the site from memory, rebuilds what a change touches, reloads browsers. */
package podium.serve;
