"""How every netkit command reports an expected problem: a message and a fix, never a traceback."""

from __future__ import annotations

import functools
import sys

import click

from .exceptions import NetkitError


def friendly_errors(func):
    """Turn a :class:`NetkitError` into ``Error: …`` on stderr and exit status 2."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except NetkitError as exc:
            click.echo(f"Error: {exc.message}", err=True)
            sys.exit(2)

    return wrapper
