"""The one decorator every command uses to report expected problems without a traceback.

It lives here, not in the :mod:`netkit.cli` package, so that it can be imported (by any command
module, or another front end) without loading every command group, which ``netkit.cli`` does.
"""

from __future__ import annotations

import functools
import sys

import click

from netkit.exceptions import FileAccessError, NetkitError
from netkit.terminal import printable

__all__ = ["friendly_errors"]


def friendly_errors(func):
    """Turn a :class:`NetkitError` into ``Error: …`` on stderr and exit status 2.

    An :class:`OSError` reaching a command's edge (an unwritable ``-o``, a folder where a file is
    expected) is said the same way, with its path and a fix (:class:`FileAccessError`). Messages
    go through :func:`~netkit.terminal.printable`: they may quote names from a roster."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except NetkitError as exc:
            click.echo(printable(f"Error: {exc.message}"), err=True)
            sys.exit(2)
        except OSError as exc:
            click.echo(printable(f"Error: {FileAccessError.from_os_error(exc).message}"), err=True)
            sys.exit(2)

    return wrapper
