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
//     moment the extension loads until every cell has run;
//   * ready while they read: a page whose metadata names a `preload` (the welcome page names the
//     workbook) starts that page in a hidden frame as soon as it opens, with the same fragment, so
//     its Python starts while the participant reads; the welcome page's link shows it at once.
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
  function busyAgain(text) {
    clearInterval(ticker);
    started = Date.now();
    document.body.setAttribute("data-netkit-ran", "false");
    ticker = setInterval(function () { say(); }, 1000);
    say(text);
  }
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
      "body.netkit-app #menu-panel-wrapper, body.netkit-app .jp-NotebookPanel-toolbar { display: none !important; }",
      // running again with corrected details: the forms with the old ones are not shown meanwhile
      "body.netkit-refreshing .jp-Notebook { visibility: hidden; }"
    ].join("\n");
    document.head.appendChild(style);
  }

  function isLiteApp(panel) {
    var model = panel && panel.content && panel.content.model;
    if (!model) { return false; }
    var meta = model.getMetadata ? model.getMetadata("netkit") : (model.metadata && model.metadata.get("netkit"));
    return !!(meta && meta.lite_app);
  }

  function metaOf(panel) {
    var model = panel.content.model;
    return (model.getMetadata ? model.getMetadata("netkit") : (model.metadata && model.metadata.get("netkit"))) || {};
  }

  function runAll(app, panel) {
    panel.content.activeCellIndex = 0;
    return app.commands.execute("notebook:run-all-cells").then(function () {
      ready();
      // back to the top: running every cell leaves the last one active and scrolled to
      panel.content.activeCellIndex = 0;
      if (panel.content.scrollToItem) { panel.content.scrollToItem(0, "start"); }
      document.body.classList.remove("netkit-refreshing");
      document.body.setAttribute("data-netkit-ran", "true");
    });
  }

  // --- the workbook started in the background, when it is shown: the welcome page's kernel may
  // have kept corrected details (or restored a take-home file) after this kernel read the browser's
  // storage. The kernel reads it again and says whether anything it shows changed; only then are
  // the cells run again (its Python is not started again). Never twice for one page.
  var REFRESH = "from netkit.coach.start import details_changed as _netkit_changed\n" +
    "print('netkit-refresh:' + ('changed' if await _netkit_changed() else 'same'))\n" +
    "del _netkit_changed";
  function offerRefresh(app, panel, run) {
    var asked = null;
    window.netkitRefresh = function () {
      if (asked) { return asked; }
      asked = run.then(function () {
        var kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
        if (!kernel) { return "same"; }
        var text = "";
        var future = kernel.requestExecute({ code: REFRESH, silent: false, store_history: false });
        future.onIOPub = function (msg) {
          if (msg.header.msg_type === "stream" && msg.content.text) { text += msg.content.text; }
        };
        return future.done.then(function () { return /netkit-refresh:changed/.test(text) ? "changed" : "same"; });
      }).catch(function (err) {
        console.error("netkit-lite: could not check the details", err);
        return "same";
      }).then(function (result) {
        if (result !== "changed") { document.body.setAttribute("data-netkit-refresh", result); return result; }
        document.body.classList.add("netkit-refreshing");  // the forms with the old details: hidden
        busyAgain("Bringing in the details you corrected");
        return runAll(app, panel).then(function () {
          document.body.setAttribute("data-netkit-refresh", result);
          return result;
        });
      });
      return asked;
    };
  }

  function runOnce(app, panel) {
    if (!panel || panel.__netkitStarted || !panel.context || !panel.sessionContext) { return; }
    panel.__netkitStarted = true;
    panel.context.ready.then(function () {
      if (!isLiteApp(panel)) { return; }
      if (!showCode) { document.body.classList.add("netkit-app"); addStyle(); tagCells(panel); }
      // the page to start in the background now, before this page's own Python (not inside a frame)
      var meta = metaOf(panel);
      if (!showCode && meta.preload && window.parent === window && !preload) { startPreload(String(meta.preload), "t0"); }
      say("Starting Python in your browser (the first time takes longest)");
      var run = panel.sessionContext.ready.then(function () {
        say("Opening your workbook");
        return handOverLink(panel);
      }).then(function () {
        return runAll(app, panel);
      });
      offerRefresh(app, panel, run);
      return run;
    }).catch(function (err) { console.error("netkit-lite: could not run the workbook", err); });
  }

  // --- ready while they read: the welcome page names the workbook in its metadata (`preload`), and
  // the workbook starts in a hidden frame of this page (its own Python) as soon as the page opens,
  // with the page's fragment (a personal link's details, which its first cell uses until the
  // welcome page has kept them). Following the welcome page's link (it carries data-netkit-preload)
  // shows that frame at once: ready, or as far as its start has come (its own progress line says
  // what is left), never started again from nothing; the frame then checks the details kept
  // meanwhile (netkitRefresh above) and runs again only when they changed.
  var preload = null;
  function preloadReady() {
    try {
      var body = preload && preload.frame.contentDocument && preload.frame.contentDocument.body;
      return !!(body && body.getAttribute("data-netkit-ran") === "true");
    } catch (err) { return false; }
  }
  function startPreload(href, count) {
    if (preload) { return; }
    var frame = document.createElement("iframe");
    frame.id = "netkit-preload";
    frame.name = "netkit-workbook";
    frame.title = "Your workbook";
    frame.setAttribute("aria-hidden", "true");
    frame.tabIndex = -1;
    frame.style.cssText = "position:fixed;top:0;left:0;width:100%;height:100%;border:0;background:#fff;" +
      "z-index:20000;visibility:hidden";
    var address = new URL(href, window.location.href);
    address.hash = "";
    frame.src = address.href + (window.location.hash || "");
    document.body.appendChild(frame);
    document.body.setAttribute("data-netkit-preload-started", count);
    preload = { frame: frame, count: count, href: address.href };
  }
  // the welcome page's link names the workbook in the language the participant chose: a frame started
  // for another language's workbook is put away and the chosen one started instead (its answers are the
  // same browser's, so nothing typed is lost)
  function samePage(href) {
    var address = new URL(href, window.location.href);
    address.hash = "";
    return !!preload && address.href === preload.href;
  }
  function switchPreload(href) {
    if (preload && !samePage(href)) {
      preload.frame.remove();
      preload = null;
      startPreload(href, "language");
    }
  }
  function askRefresh(tries) {
    var win = preload && preload.frame.contentWindow;
    if (win && typeof win.netkitRefresh === "function") { win.netkitRefresh(); return; }
    if (tries < 1200) { setTimeout(function () { askRefresh(tries + 1); }, 100); }
  }
  function reveal(event) {
    var link = event.target && event.target.closest && event.target.closest("a.netkit-workbook-link[data-netkit-preload]");
    if (!link || document.body.getAttribute("data-netkit-revealed") === "true") { return; }
    // followed before the frame was started (no `preload` named): start it now, it shows its own progress
    if (!preload) { startPreload(link.getAttribute("href"), "link"); }
    switchPreload(link.getAttribute("href"));
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
    askRefresh(0);
  }
  function watchLinks() {
    var link = document.querySelector("a.netkit-workbook-link[data-netkit-preload]");
    if (!link || document.body.getAttribute("data-netkit-revealed") === "true") { return; }
    if (!preload) { startPreload(link.getAttribute("href"), "link"); }
    switchPreload(link.getAttribute("href"));
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
