// netkit's app mode for JupyterLite, written by hand as a federated extension (no webpack, no
// shared modules): it only uses the application object JupyterLab passes to activate().
//
// For a notebook whose metadata has {"netkit": {"lite_app": true}}:
//   * every cell runs as soon as the kernel is ready (like Voila / Voici), once per page load;
//   * the code is hidden (inputs, prompts, menu bar, notebook toolbar) unless the page URL has
//     `code=1`: the same notebook, code and menus shown, for those who want it;
//   * the page's fragment (a personal link's `#for=…`, which never reaches the server) is handed
//     to the kernel before the first cell runs, as the environment variable NETKIT_PERSONAL_LINK;
//   * a progress line says what is happening (page, Python starting, workbook opening) from the
//     moment the extension loads until every cell has run.
(function () {
  "use strict";
  var showCode = /[?&]code=1(&|$)/.test(window.location.search);
  var started = Date.now();
  var stage = "Loading the workshop page";

  // --- progress, with words: Pyodide's start takes 10-20 s and an empty page looks broken
  function progress() {
    var box = document.getElementById("netkit-progress");
    if (!box) {
      box = document.createElement("div");
      box.id = "netkit-progress";
      box.setAttribute("role", "status");
      box.setAttribute("aria-live", "polite");
      box.style.cssText = "position:fixed;top:0;left:0;right:0;z-index:10000;padding:8px 14px;" +
        "background:#eef4fb;border-bottom:2px solid #2f5d8a;color:#0b2f52;font:15px/1.4 sans-serif;";
      var style = document.createElement("style");
      style.textContent = "@keyframes netkit-spin{to{transform:rotate(360deg)}}" +
        "#netkit-progress .netkit-spinner{display:inline-block;width:0.9em;height:0.9em;margin-right:0.5em;" +
        "vertical-align:-0.1em;border:2px solid #9bb8d6;border-top-color:#0b2f52;border-radius:50%;" +
        "animation:netkit-spin 0.8s linear infinite}";
      document.head.appendChild(style);
      box.innerHTML = "<span class='netkit-spinner' aria-hidden='true'></span><span class='netkit-progress-text'></span>";
      (document.body || document.documentElement).appendChild(box);
    }
    return box;
  }
  function say(text) {
    if (text) { stage = text; }
    if (document.body && document.body.getAttribute("data-netkit-ran") === "true") { return; }
    var seconds = Math.round((Date.now() - started) / 1000);
    progress().querySelector(".netkit-progress-text").textContent = stage + "… " + seconds + " s";
  }
  var ticker = setInterval(function () { say(); }, 1000);
  function ready() {
    clearInterval(ticker);
    var box = document.getElementById("netkit-progress");
    if (box) { box.parentNode.removeChild(box); }
  }
  if (document.body) { say(); } else { document.addEventListener("DOMContentLoaded", function () { say(); }); }

  // --- the personal link's fragment, for the kernel (a JSON string is a valid Python string literal)
  // ... and, in app mode, NETKIT_STEPS=1: the workbook's step view (one exercise at a time) turns on
  function handOverLink(panel) {
    var hash = (window.location.hash || "").replace(/^#/, "").slice(0, 20000);
    var kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
    if (!kernel || (!hash && showCode)) { return Promise.resolve(); }
    var code = "import os as _os\n";
    if (hash) { code += "_os.environ['NETKIT_PERSONAL_LINK'] = " + JSON.stringify(hash) + "\n"; }
    if (!showCode) { code += "_os.environ['NETKIT_STEPS'] = '1'\n"; }
    code += "del _os";
    return kernel.requestExecute({ code: code, silent: true, store_history: false }).done;
  }

  // Voilà's cell tag classes (celltag_<tag>), which the step view's style hides cells by; JupyterLab
  // adds none. On the cell node, for code and markdown cells alike.
  function tagCells(panel) {
    var cells = panel.content.widgets || [];
    for (var i = 0; i < cells.length; i++) {
      var model = cells[i].model;
      var tags = model && (model.getMetadata ? model.getMetadata("tags") : (model.metadata && model.metadata.get("tags")));
      if (!tags || !tags.length) { continue; }
      for (var j = 0; j < tags.length; j++) {
        if (/^[A-Za-z0-9_-]+$/.test(String(tags[j]))) { cells[i].addClass("celltag_" + tags[j]); }
      }
    }
  }

  function addStyle() {
    if (showCode || document.getElementById("netkit-lite-style")) { return; }
    var style = document.createElement("style");
    style.id = "netkit-lite-style";
    style.textContent = [
      "body.netkit-app .jp-CodeCell .jp-Cell-inputWrapper { display: none !important; }",
      "body.netkit-app .jp-OutputPrompt, body.netkit-app .jp-InputPrompt { display: none !important; }",
      "body.netkit-app .jp-Cell-outputCollapser, body.netkit-app .jp-Cell-inputCollapser { display: none !important; }",
      "body.netkit-app .jp-Notebook .jp-Cell.jp-mod-selected { background: transparent; }",
      "body.netkit-app .jp-Notebook .jp-Collapser { display: none !important; }",
      // the output's prompt overlay (click: scroll/collapse the output) would cover the left of every
      // form, the step view's Back button included
      "body.netkit-app .jp-OutputArea-promptOverlay { display: none !important; }",
      // an app, not an editor: no menu bar or notebook toolbar (the `code=1` page keeps them)
      "body.netkit-app #menu-panel-wrapper, body.netkit-app .jp-NotebookPanel-toolbar { display: none !important; }"
    ].join("\n");
    document.head.appendChild(style);
  }

  function isLiteApp(panel) {
    var model = panel && panel.content && panel.content.model;
    if (!model) { return false; }
    var meta = model.getMetadata ? model.getMetadata("netkit") : (model.metadata && model.metadata.get("netkit"));
    return !!(meta && meta.lite_app);
  }

  function runOnce(app, panel) {
    if (!panel || panel.__netkitStarted || !panel.context || !panel.sessionContext) { return; }
    panel.__netkitStarted = true;
    panel.context.ready.then(function () {
      if (!isLiteApp(panel)) { return; }
      if (!showCode) { document.body.classList.add("netkit-app"); addStyle(); tagCells(panel); }
      say("Starting Python in your browser (the first time takes longest)");
      return panel.sessionContext.ready.then(function () {
        say("Opening your workbook");
        return handOverLink(panel);
      }).then(function () {
        panel.content.activeCellIndex = 0;
        return app.commands.execute("notebook:run-all-cells");
      }).then(function () {
        ready();
        // back to the top: running every cell leaves the last one active and scrolled to
        panel.content.activeCellIndex = 0;
        if (panel.content.scrollToItem) { panel.content.scrollToItem(0, "start"); }
        document.body.setAttribute("data-netkit-ran", "true");
      });
    }).catch(function (err) { console.error("netkit-lite: could not run the workbook", err); });
  }

  // --- ready while they read: the welcome page's link to the workbook carries data-netkit-preload;
  // the workbook then starts in a hidden frame of this page (its own Python), and following the
  // link shows that frame at once: ready, or as far as its start has come (its own progress line
  // says what is left), never started again from nothing. A new count on the link (details
  // corrected) starts the frame again.
  var preload = null;
  function preloadReady() {
    try {
      var body = preload && preload.frame.contentDocument && preload.frame.contentDocument.body;
      return !!(body && body.getAttribute("data-netkit-ran") === "true");
    } catch (err) { return false; }
  }
  function startPreload(href, count) {
    if (preload) { preload.frame.parentNode.removeChild(preload.frame); }
    var frame = document.createElement("iframe");
    frame.id = "netkit-preload";
    frame.name = "netkit-workbook";
    frame.title = "Your workbook";
    frame.setAttribute("aria-hidden", "true");
    frame.tabIndex = -1;
    frame.style.cssText = "position:fixed;top:0;left:0;width:100%;height:100%;border:0;background:#fff;" +
      "z-index:20000;visibility:hidden";
    frame.src = new URL(href, window.location.href).href;
    document.body.appendChild(frame);
    preload = { frame: frame, count: count, href: frame.src };
  }
  function reveal(event) {
    var link = event.target && event.target.closest && event.target.closest("a.netkit-workbook-link[data-netkit-preload]");
    if (!link || document.body.getAttribute("data-netkit-revealed") === "true") { return; }
    var count = link.getAttribute("data-netkit-preload");
    // followed before the frame was started (a quick click): start it now, it shows its own progress
    if (!preload || preload.count !== count) { startPreload(link.getAttribute("href"), count); }
    event.preventDefault();
    document.body.setAttribute("data-netkit-preload-ready", preloadReady() ? "true" : "false");
    preload.frame.style.visibility = "visible";
    preload.frame.removeAttribute("aria-hidden");
    preload.frame.tabIndex = 0;
    document.body.setAttribute("data-netkit-revealed", "true");
    try { document.title = preload.frame.contentDocument.title; } catch (err) { /* same origin: fine */ }
    // a reload (or a bookmark) now opens the workbook itself; the link's fragment is not needed again
    window.history.replaceState(null, "", preload.href);
    preload.frame.focus();
  }
  function watchLinks() {
    var link = document.querySelector("a.netkit-workbook-link[data-netkit-preload]");
    if (!link || document.body.getAttribute("data-netkit-revealed") === "true") { return; }
    var count = link.getAttribute("data-netkit-preload");
    if (!preload || preload.count !== count) { startPreload(link.getAttribute("href"), count); }
  }
  setInterval(watchLinks, 250);
  // one listener for every such link, whenever it appears: no click can come before it
  document.addEventListener("click", reveal, true);

  var plugin = {
    id: "netkit-lite:app-mode",
    description: "Run netkit workbooks on open and hide their code (app mode).",
    autoStart: true,
    activate: function (app) {
      function check() { runOnce(app, app.shell.currentWidget); }
      app.restored.then(function () {
        check();
        if (app.shell.currentChanged) { app.shell.currentChanged.connect(check); }
        // the notebooks app opens the document after `restored`: look again for a short while
        var tries = 0;
        var timer = setInterval(function () { check(); if (++tries > 60) { clearInterval(timer); } }, 500);
      });
    }
  };

  var root = (typeof window !== "undefined" ? window : self);
  root._JUPYTERLAB = root._JUPYTERLAB || {};
  root._JUPYTERLAB["netkit-lite"] = {
    init: function () { return Promise.resolve(); },
    get: function (module) {
      if (module !== "./extension") { return Promise.reject(new Error("netkit-lite has no " + module)); }
      return Promise.resolve(function () { return { __esModule: true, default: plugin }; });
    }
  };
})();
