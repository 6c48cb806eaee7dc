// Preview only (never in a built site): reload after each rebuild, show build problems over the page.
(function () {
  "use strict";
  var overlay = null;

  function showProblems(text) {
    if (!overlay) {
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = "/_podium/overlay.css";
      document.head.appendChild(link);
      overlay = document.createElement("section");
      overlay.className = "podium-overlay";
      overlay.setAttribute("role", "alertdialog");
      overlay.setAttribute("aria-label", "Build problems");
      document.body.appendChild(overlay);
    }
    overlay.textContent = "";
    var heading = document.createElement("h2");
    heading.textContent = "The last edit does not build; showing the last good version.";
    var list = document.createElement("pre");
    list.textContent = text;
    overlay.appendChild(heading);
    overlay.appendChild(list);
  }

  // the page shown, which the preview renders first after an edit
  var source = new EventSource("/_podium/events?page=" + encodeURIComponent(location.pathname));
  var loadedWithProblems = false;
  source.addEventListener("ok", function () {
    if (loadedWithProblems) { location.reload(); }
  });
  source.addEventListener("problems", function (event) {
    loadedWithProblems = true;
    showProblems(event.data);
  });
  source.addEventListener("reload", function () { location.reload(); });
})();
