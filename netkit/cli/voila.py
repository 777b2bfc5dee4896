"""`netkit voila`: open a workbook (or a participant's folder) as an app, with the kit's Voilà settings.

``voila --Voila.config_file_paths=binder …`` only finds the shipped settings (``binder/voila.json``:
idle kernels of closed pages stopped, no tracebacks, progressive pages) when run from the
repository's root; from any other folder Voilà silently runs without them. This command passes
the settings' absolute folder (:func:`voila_config_dir`), so they apply wherever it is run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from netkit.cli_errors import friendly_errors

__all__ = ["voila", "voila_command", "voila_config_dir"]


def voila_config_dir() -> Path:
    """The absolute folder holding the shipped ``voila.json`` (in the checkout, or bundled in the wheel)."""
    from netkit.resources import bundled_dir

    return bundled_dir("binder").resolve()


def voila_command(path: Path, port: int, extra: tuple[str, ...] = ()) -> list[str]:
    """The Voilà command line for ``path`` with the shipped settings, on 127.0.0.1 unless ``extra`` says otherwise."""
    return [
        sys.executable,
        "-m",
        "voila",
        str(path),
        f"--Voila.config_file_paths={voila_config_dir()}",
        f"--port={port}",
        *extra,
    ]


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--port", type=click.IntRange(1, 65535), default=8866, show_default=True, help="Port to serve on.")
@click.argument("voila_args", nargs=-1, type=click.UNPROCESSED)
@friendly_errors
def voila(path, port, voila_args):
    """Open PATH (a workbook, or a participant's folder) as an app in Voilà, with the kit's settings.

    The shipped settings apply from any folder: kernels of closed pages are stopped after 10 idle
    minutes, code and tracebacks stay hidden, the page shows progressively. Anything after PATH
    that netkit does not know goes to Voilà as it is (e.g. --no-browser, --Voila.ip=0.0.0.0).

    \b
    Example:
        netkit voila netkit-out/amara-okafor-cf9a044b4f/workshop.ipynb
        netkit voila out/ada-lovelace-3f9c2e1a0b/ --no-browser --port 8867
    """
    import importlib.util

    if importlib.util.find_spec("voila") is None:
        raise click.ClickException('Voilà is not installed. Install it with: pip install "netkit[coach]"')
    config = voila_config_dir() / "voila.json"
    if not config.is_file():
        raise click.ClickException(f"the kit's Voilà settings are missing ({config}); reinstall netkit")
    command = voila_command(path, port, tuple(voila_args))
    click.echo(f"Voilà with the kit's settings ({config}) on port {port}; Ctrl+C stops it.")
    try:
        sys.exit(subprocess.call(command))
    except KeyboardInterrupt:
        sys.exit(0)
