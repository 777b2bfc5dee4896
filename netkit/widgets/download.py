"""One click to take home: a button whose click itself starts a real browser download.

ipywidgets has no download widget. After the kernel has made the file, :func:`start_download`
puts a tiny script output into a hidden :class:`ipywidgets.Output`; the browser runs it, turns
the bytes into a ``Blob`` and clicks a temporary ``<a download>`` — the same as saving a link,
without a second click. Output widgets render scripts in Voilà, JupyterLab and JupyterLite
alike (no server route is involved, so it works with no server at all). Where scripts are not
run, the ordinary ``<a download>`` link each widget also shows (:func:`netkit.markup.download_link`)
is the fallback.
"""

from __future__ import annotations

import base64
import json
import time

import ipywidgets as widgets

__all__ = ["FRESH_SECONDS", "download_output", "download_script", "start_download"]

#: A script older than this is not run again (e.g. a notebook reopened with saved widget state).
FRESH_SECONDS = 60

_SCRIPT = """(() => {
  if (Date.now() - %(made)d > %(fresh)d) { return; }
  const bytes = Uint8Array.from(atob(%(data)s), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], {type: %(mime)s}));
  const a = document.createElement("a");
  a.href = url; a.download = %(name)s; a.style.display = "none";
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
})();"""


def _js_string(text: str) -> str:
    """A JavaScript string literal (JSON, with ``<`` escaped so no markup can close anything)."""
    return json.dumps(text).replace("<", "\\u003c")


def download_script(filename: str, data: bytes, mime: str, *, now: float | None = None) -> str:
    """The script that saves ``data`` as ``filename`` in the browser (run within ``FRESH_SECONDS``)."""
    made = int(1000 * (time.time() if now is None else now))
    return _SCRIPT % {
        "made": made,
        "fresh": FRESH_SECONDS * 1000,
        "mime": _js_string(mime),
        "name": _js_string(filename),
        "data": _js_string(base64.b64encode(data).decode("ascii")),
    }


def download_output() -> widgets.Output:
    """The hidden output a widget keeps for :func:`start_download`."""
    output = widgets.Output(layout=widgets.Layout(height="0px", overflow="hidden", margin="0"))
    output.add_class("netkit-download-starter")
    return output


def start_download(output: widgets.Output, filename: str, data: bytes, mime: str) -> None:
    """Start the browser download of ``data`` as ``filename`` from the kernel, through ``output``."""
    output.outputs = (
        {
            "output_type": "display_data",
            "metadata": {},
            "data": {
                "application/javascript": download_script(filename, data, mime),
                "text/plain": f"download {filename}",
            },
        },
    )
