"""The three exercise families, each a package with its model, analysis and pictures (no ipywidgets)."""

__all__ = ["network", "outreach", "reflection", "registry"]
