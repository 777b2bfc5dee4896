// netkit's app mode for JupyterLite, written by hand as a federated extension (no webpack, no
// shared modules): it only uses the application object JupyterLab passes to activate().
//
// For a notebook whose metadata has {"netkit": {"lite_app": true}}:
//   * every cell runs as soon as the kernel is ready (like Voila / Voici), once per page load;
//   * the code is hidden (inputs, prompts, menu bar, notebook toolbar) unless the page URL has
//     `code=1`: the same notebook, code and menus shown, for those who want it.
(function () {
  "use strict";
  var showCode = /[?&]code=1(&|$)/.test(window.location.search);

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
      if (!showCode) { document.body.classList.add("netkit-app"); addStyle(); }
      return panel.sessionContext.ready.then(function () {
        panel.content.activeCellIndex = 0;
        return app.commands.execute("notebook:run-all-cells");
      }).then(function () {
        // back to the top: running every cell leaves the last one active and scrolled to
        panel.content.activeCellIndex = 0;
        if (panel.content.scrollToItem) { panel.content.scrollToItem(0, "start"); }
        document.body.setAttribute("data-netkit-ran", "true");
      });
    }).catch(function (err) { console.error("netkit-lite: could not run the workbook", err); });
  }

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
