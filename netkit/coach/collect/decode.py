"""The coach's fast reading of answers files: msgspec's JSON decoder held to the answers limits.

``netkit collect`` reads every participant's file; decoding and checking the limits in one pass (msgspec, in the
coach's extra) costs about half of ``json.loads`` and the :func:`~netkit.store.document.check_limits` walk. A
participant's kernel never needs this: :mod:`netkit.store.document` decodes with ``json`` alone, and what this
decoder refuses is decoded and judged there, so damage is decided in one place."""

from __future__ import annotations

import functools
from collections.abc import Callable
from types import GenericAlias
from typing import Annotated, Any

from netkit.store import document

__all__ = ["STRICT_DEPTH", "strict_loads"]


#: How deep :func:`strict_loads` decodes (answers need 7 levels; a deeper document is decoded by ``json``).
STRICT_DEPTH = 7


@functools.cache
def _strict_decoder(depth: int, longest: int, widest: int) -> Callable[[bytes], Any] | None:
    """msgspec's JSON decoder held to these limits (a type per level, built once: 20 ms for 7 levels), or
    ``None`` without msgspec (the coach's extra; a participant's kernel has json alone)."""
    try:
        import msgspec
    except ImportError:
        return None
    text = Annotated[str, msgspec.Meta(max_length=longest)]
    scalar: Any = text | int | float | bool | None
    value = scalar
    wide = msgspec.Meta(max_length=widest)
    for _level in range(depth):  # types built at run time (GenericAlias: what list[value] makes)
        value = (
            scalar | Annotated[GenericAlias(list, (value,)), wide] | Annotated[GenericAlias(dict, (str, value)), wide]
        )
    return msgspec.json.Decoder(value).decode


def strict_loads(raw: bytes) -> Any:
    """The JSON value of ``raw``, decoded and held to the limits (:func:`~netkit.store.document.check_limits`
    would pass it) in one pass by msgspec, several times faster than ``json.loads`` and a walk; or ``ValueError``
    when msgspec is not installed or does not take these bytes: anything but strict UTF-8 JSON (a BOM, ``NaN``, a
    lone surrogate, a number past a float's range), nested deeper than :data:`STRICT_DEPTH` or past a limit. What
    it takes it decodes as ``json.loads`` does (the same values and types, the last of a key written twice); what
    it refuses the caller decodes with ``json`` and checks with :func:`~netkit.store.document.check_limits`, which
    alone judge what is damaged."""
    decode = _strict_decoder(min(STRICT_DEPTH, document.MAX_DEPTH), document.MAX_STRING, document.MAX_ITEMS)
    if decode is None:
        raise ValueError("msgspec is not installed")
    try:
        return decode(raw)
    except RecursionError:
        raise ValueError("nested too deep") from None
