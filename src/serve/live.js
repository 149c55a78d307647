// depeche serve: reloads this page after each rebuild and shows a failed
// rebuild's error over it. Served by the preview server only; never part of
// a built site. Protocol: src/serve/reload.rs.
(function () {
  "use strict";
  if (window.__depecheLive) return;
  // `seen` is the server and build this page shows, once the stream said so.
  var state = (window.__depecheLive = { seen: null });

  var OVERLAY_ID = "__depeche-overlay";
  var source = null;

  function hideOverlay() {
    var box = document.getElementById(OVERLAY_ID);
    if (box) box.remove();
  }

  // The message is build output, which may quote template text: it is set
  // as text, never parsed as HTML.
  function showOverlay(message) {
    var box = document.getElementById(OVERLAY_ID);
    if (!box) {
      box = document.createElement("div");
      box.id = OVERLAY_ID;
      box.setAttribute("role", "alert");
      box.style.cssText =
        "position:fixed;left:0;right:0;top:0;max-height:80vh;overflow:auto;" +
        "z-index:2147483647;box-sizing:border-box;margin:0;padding:1em 1.5em;" +
        "background:#2b0b0b;color:#ffe3e3;border-bottom:4px solid #e5484d;" +
        "font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;" +
        "text-align:left;direction:ltr";
      var close = document.createElement("button");
      close.type = "button";
      close.textContent = "\u00d7";
      close.setAttribute("aria-label", "Dismiss");
      close.style.cssText =
        "float:right;font:inherit;font-size:20px;line-height:1;background:none;" +
        "color:inherit;border:0;cursor:pointer";
      close.addEventListener("click", hideOverlay);
      var title = document.createElement("strong");
      title.textContent =
        "depeche: the site failed to build. This page reloads once a fix is saved.";
      var text = document.createElement("pre");
      text.className = "__depeche-message";
      text.style.cssText = "white-space:pre-wrap;margin:.75em 0 0;font:inherit";
      box.appendChild(close);
      box.appendChild(title);
      box.appendChild(text);
      (document.body || document.documentElement).appendChild(box);
    }
    box.querySelector(".__depeche-message").textContent = message;
  }

  function connect() {
    if (source) return;
    source = new EventSource("/__depeche/events");
    source.addEventListener("hello", function (e) {
      var d = JSON.parse(e.data);
      var id = d.server + ":" + d.build;
      if (state.seen !== null && id !== state.seen) {
        location.reload();
        return;
      }
      state.seen = id;
      if (d.error) showOverlay(d.error);
      else hideOverlay();
    });
    source.addEventListener("reload", function () {
      location.reload();
    });
    source.addEventListener("build-error", function (e) {
      showOverlay(JSON.parse(e.data).message);
    });
  }

  // Browsers allow six HTTP/1.1 connections per server: a tab in the
  // background lets its stream go, and catches up (reloading if it missed a
  // rebuild) when it is shown again.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      if (source) source.close();
      source = null;
    } else {
      connect();
    }
  });
  if (document.visibilityState !== "hidden") connect();
})();
