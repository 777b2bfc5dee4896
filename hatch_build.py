"""Hatch build hook: compile netkit's gettext catalogs (``netkit/locale/<lang>/LC_MESSAGES/netkit.po``) into the
``.mo`` files a wheel ships, with Babel (a build requirement in pyproject.toml).

The ``.po`` files are the source and stay in git; the ``.mo`` files are built, never committed. A wheel carries only
the ``.mo``; an editable install (and a checkout on ``PYTHONPATH``) has none and :func:`netkit.languages.translation`
compiles the ``.po`` in memory instead, so an edited catalog shows without a rebuild. A fuzzy entry is left out
of the ``.mo`` (as ``msgfmt`` does); tests/test_catalogs.py fails on one before it gets this far.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileCatalogs(BuildHookInterface):
    """Compile every ``netkit/locale/*/LC_MESSAGES/*.po`` into a ``.mo`` in the wheel, beside where the ``.po`` is."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads the .po (netkit.languages.translation)
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        root = Path(self.root)
        self._compiled = Path(tempfile.mkdtemp(prefix="netkit-mo-"))
        for po in sorted((root / "netkit" / "locale").glob("*/LC_MESSAGES/*.po")):
            relative = po.relative_to(root).with_suffix(".mo")
            target = self._compiled / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with po.open("rb") as source:
                catalog = read_po(source, locale=po.parts[-3], domain=po.stem)
            with target.open("wb") as out:
                write_mo(out, catalog)
            build_data["force_include"][str(target)] = relative.as_posix()

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        compiled = getattr(self, "_compiled", None)
        if compiled is not None:
            shutil.rmtree(compiled, ignore_errors=True)
