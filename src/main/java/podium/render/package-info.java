/** Stage 4, render: turns each assembled page into HTML with FreeMarker templates and Flexmark Markdown. */
package podium.render;
