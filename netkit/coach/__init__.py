"""The coach's side: roster, rendering, composing, collecting, the facilitator's kit and the no-server site."""

__all__ = [
    "collect",
    "compose",
    "emails",
    "guide",
    "links",
    "lite",
    "map_png",
    "render",
    "report_html",
    "roster",
    "start",
    "steps",
    "workshop",
]
