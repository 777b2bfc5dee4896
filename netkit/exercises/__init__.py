"""The three exercise families, each a package with its model, analysis and pictures (no ipywidgets)."""
