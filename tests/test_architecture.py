"""The package's shape stays what docs/architecture.md says: modules by idea, imports one way, no cycles.

* the core (everything outside ``netkit.widgets`` and ``netkit.cli``) never imports ``netkit.widgets``
  or ``netkit.cli``, not even lazily inside a function; ``netkit.widgets`` never imports ``netkit.cli``;
* imports never go up a layer, and the three exercises never import each other;
* the modules' imports form no cycle, counting imports inside functions too;
* no private name (``_x``) crosses a module boundary.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "netkit"


def _module_name(path: Path) -> str:
    parts = list(path.with_suffix("").relative_to(ROOT).parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _target(path: Path, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = _module_name(path).split(".")
    if path.name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(path: Path, *, lazy: bool) -> set[str]:
    """Modules ``path`` imports (``from a import b`` counts as ``a`` and ``a.b``); ``lazy``: also inside functions."""
    found: set[str] = set()

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue  # annotations only, never executed
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                module = _target(path, node)
                found.add(module)
                found.update(f"{module}.{alias.name}" for alias in node.names)
            elif lazy or isinstance(node, ast.If | ast.Try | ast.With):
                for child in ast.iter_child_nodes(node):
                    if isinstance(child, ast.stmt):
                        visit([child])
                    elif isinstance(child, ast.ExceptHandler):
                        visit(child.body)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return found


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _graph(*, lazy: bool) -> dict[str, set[str]]:
    return {m: {t for t in _imports(p, lazy=lazy) if t in MODULES and t != m} for m, p in MODULES.items()}


def _is_front_end(module: str) -> bool:
    return module.startswith(("netkit.widgets", "netkit.cli")) or module == "netkit.__main__"


def test_core_never_imports_widgets_or_cli():
    upward = sorted(
        f"{module} imports {target}"
        for module, targets in _graph(lazy=True).items()
        if not _is_front_end(module)
        for target in targets
        if target.startswith(("netkit.widgets", "netkit.cli"))
    )
    assert not upward, upward


def test_widgets_never_import_the_command_line():
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in _graph(lazy=True).items()
        if module.startswith("netkit.widgets")
        for target in targets
        if target.startswith("netkit.cli")
    )
    assert not wrong, wrong


def _cycles(graph: dict[str, set[str]]) -> list[str]:
    """Every cycle a depth-first walk of ``graph`` runs into (empty when there is none)."""
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*stack[stack.index(target) :], target]))
            elif not state.get(target):
                visit(target)
        stack.pop()
        state[module] = 2

    for module in sorted(graph):
        if not state.get(module):
            visit(module)
    return cycles


def test_top_level_imports_have_no_cycle():
    cycles = _cycles(_graph(lazy=False))
    assert not cycles, cycles


def test_imports_inside_functions_make_no_cycle_either():
    """A lazy import (inside a function) counts too: no two modules may import each other, even late.

    It once allowed ``guide`` <-> ``slides`` and ``importers`` <-> ``contact_csv``; their shared parts now
    live below both (``run_sheets``, ``import_report``)."""
    cycles = _cycles(_graph(lazy=True))
    assert not cycles, cycles


def test_the_cycle_check_sees_a_lazy_two_way_pair(tmp_path):
    """Guard: an import inside a function is read, and a pair importing each other is a cycle (so the check can
    fail)."""
    module = tmp_path / "late.py"
    module.write_text(
        "def f():\n    from netkit.coach.slides import slides_html\n    return slides_html\n", encoding="utf-8"
    )
    assert "netkit.coach.slides" in _imports(module, lazy=True) and "netkit.coach.slides" not in _imports(
        module, lazy=False
    )
    assert _cycles({"netkit.coach.guide": {"netkit.coach.slides"}, "netkit.coach.slides": {"netkit.coach.guide"}})
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a -> b -> c -> a"]
    assert not _cycles({"a": {"b"}, "b": set()})
    lazy = _graph(lazy=True)  # the real edges, one way now
    assert (
        "netkit.coach.run_sheets" in lazy["netkit.coach.slides"]
        and "netkit.coach.guide" not in lazy["netkit.coach.slides"]
    )
    assert (
        "netkit.contacts.import_report" in lazy["netkit.contacts.csv_columns"]
        and "netkit.contacts.importers" not in lazy["netkit.contacts.csv_columns"]
    )


def test_the_checks_see_the_package():
    """Guard against a check passing because it looked at nothing."""
    assert len(MODULES) > 80
    graph = _graph(lazy=True)
    assert "netkit.hub.client" in graph["netkit.hub.deliver"]
    assert "netkit.cli.collect" in graph["netkit.cli"]


def test_the_architecture_doc_names_every_core_module():
    """docs/architecture.md's diagram matches the tree: each core module (and package) is named there."""
    import re

    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    words = set(re.findall(r"[A-Za-z_]+", text))
    missing = sorted(
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in ("widgets", "cli")
        and path.stem not in ("__init__", "__main__")
        and path.stem not in words
    )
    packages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists())
    missing += [f"netkit/{name}/" for name in packages if f"{name}/" not in text and f"netkit.{name}" not in text]
    assert not missing, f"add to docs/architecture.md: {missing}"


#: The layers, lowest first (docs/architecture.md draws them). A module may import its own layer or any lower
#: one, never a higher one, not even lazily. Top-level modules (``netkit/<name>.py``) are the foundation.
LAYERS = (
    ("foundation", ()),
    ("store", ("netkit.store",)),
    ("contacts", ("netkit.contacts",)),
    ("exercises", ("netkit.exercises",)),
    ("workbook", ("netkit.workbook",)),
    ("coach", ("netkit.coach",)),
    ("hub", ("netkit.hub",)),
    ("front ends", ("netkit.widgets", "netkit.cli", "netkit.__main__")),
)


def _layer(module: str) -> int:
    for index, (_, prefixes) in reversed(list(enumerate(LAYERS))):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return index
    return 0


def test_imports_never_go_up_a_layer():
    upward = sorted(
        f"{module} ({LAYERS[_layer(module)][0]}) imports {target} ({LAYERS[_layer(target)][0]})"
        for module, targets in _graph(lazy=True).items()
        for target in targets
        if _layer(target) > _layer(module)
    )
    assert not upward, upward


def test_the_three_exercises_never_import_each_other():
    """Each exercise stands alone on contacts, the store, the foundation and the registry (the ``Exercise`` concept,
    not an exercise), so one can change without the others."""
    families = tuple(p.name for p in (PACKAGE / "exercises").iterdir() if (p / "__init__.py").exists())
    assert {"network", "outreach", "reflection"} <= set(families)
    crossing = sorted(
        f"{module} imports {target}"
        for module, targets in _graph(lazy=True).items()
        for family in families
        if module.startswith(f"netkit.exercises.{family}")
        for target in targets
        if any(target.startswith(f"netkit.exercises.{other}") for other in families if other != family)
    )
    assert not crossing, crossing
    registry = _imports(PACKAGE / "exercises" / "registry.py", lazy=True)
    assert not [t for t in registry if any(t.startswith(f"netkit.exercises.{f}") for f in families)], registry


def test_every_module_lives_in_a_named_layer():
    """A new top-level package must be placed in LAYERS (and in the docs' diagram) before it is used."""
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    named = {prefix.split(".")[1] for _, prefixes in LAYERS for prefix in prefixes}
    assert packages <= named, f"place these packages in LAYERS: {sorted(packages - named)}"
    assert _layer("netkit.exercises.outreach.lint") > _layer("netkit.store.schema") > _layer("netkit.markup")


def test_every_import_a_released_notebook_makes_still_works():
    """Workbooks rendered by 0.1 (already delivered to hubs or taken home) import these; moving a form must not break
    them."""
    import importlib

    released = {
        "netkit.widgets.coach": "CoachReport",
        "netkit.widgets.outreach.conversation": "ConversationGuide",
        "netkit.widgets.network": "NetworkMap",
        "netkit.widgets.opening": "OpeningPage",
        "netkit.widgets.outreach": "OutreachComposer",
        "netkit.widgets.reflection": "ConfidenceCheckIn PlanBuilder PlanExport ReflectionPrompts",
        "netkit.widgets.rhythms": "RhythmTable",
        "netkit.widgets.sharing": "SharingChoice",
        "netkit.widgets.start": "StartPage",
        "netkit.widgets.steps": "StepView",
        "netkit.widgets.takehome": "TakeHome",
    }
    for module, names in released.items():
        loaded = importlib.import_module(module)
        for name in names.split():
            assert callable(getattr(loaded, name, None)), f"from {module} import {name} no longer works"


def test_every_all_names_what_is_there():
    """Where a module declares ``__all__``, each name in it exists. (``__all__`` is required of package fronts and
    of the modules a front lists as public — see the face tests below; a module inside a package may keep one to say
    what its neighbours use.) A front's ``__all__`` may name a submodule it does not import."""
    import importlib

    wrong = []
    for name, path in MODULES.items():
        if name.endswith("__main__") or _declared_all(path) is None:
            continue
        module = importlib.import_module(name)
        wrong += [f"{name}.{n}" for n in module.__all__ if not hasattr(module, n) and f"{name}.{n}" not in MODULES]
    assert not wrong, f"__all__ names what is not there: {wrong}"


def _is_private(name: str) -> bool:
    """``_x`` is private to its module; ``__x__`` (``__version__``, ``__all__``) is not."""
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _private_crossings(path: Path) -> list[str]:
    """Where ``path`` reaches another netkit module's private name: ``from netkit.x import _y`` (relative too), or
    ``x._y`` on a netkit module it imported (``import netkit.x as x``, ``from netkit import x``)."""
    own = _module_name(path) if path.is_relative_to(ROOT) else ""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    modules: dict[str, str] = {}  # local name -> netkit module it is bound to
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = _target(path, node) if path.is_relative_to(ROOT) or node.level == 0 else ""
            if not (target == "netkit" or target.startswith("netkit.")):
                continue
            for alias in node.names:
                if _is_private(alias.name) and target != own:
                    found.append(f"{path.name}:{node.lineno} imports {alias.name} from {target}")
                if f"{target}.{alias.name}" in MODULES:
                    modules[alias.asname or alias.name] = f"{target}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "netkit" or alias.name.startswith("netkit."):
                    modules[alias.asname or alias.name] = alias.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _is_private(node.attr):
            base = ast.unparse(node.value)
            target = modules.get(base) or (base if base in MODULES and base.split(".")[0] in modules else "")
            if target and target != own:
                found.append(f"{path.name}:{node.lineno} uses {target}.{node.attr}")
    return found


def test_no_private_name_crosses_a_module():
    """A ``_name`` is private to the module that defines it: another module may not import it or reach it as
    ``module._name``. A helper two modules need is public (named for what it is, in ``__all__``, with a docstring)
    in the module whose idea it is, or moves down to where it belongs."""
    crossings = sorted(f"{name}: {c}" for name, path in MODULES.items() for c in _private_crossings(path))
    assert not crossings, crossings


def test_the_private_name_check_sees_every_way_in(tmp_path, monkeypatch):
    """Guard: each way of reaching another module's private name is caught, and what is allowed is not."""
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)  # the probe's relative imports resolve there
    package = tmp_path / "netkit" / "coach"
    package.mkdir(parents=True)
    cases = {
        "from netkit.coach.execute import _execute_job\n": 1,
        "from .execute import _execute_job, clean_metadata\n": 1,
        "from . import execute\nexecute._execute_job\n": 1,
        "import netkit.coach.execute as ex\nex._execute_job\n": 1,
        "import netkit.coach.execute\nnetkit.coach.execute._execute_job\n": 1,
        "from netkit.coach import execute as ex\nex._x, ex.clean_metadata\n": 1,
        "from netkit import __version__\nfrom netkit.coach.execute import clean_metadata\n": 0,
        "from pathlib import _local\nimport os\nos._exit\n": 0,  # not netkit's
        "class A:\n    _x = 1\nA._x\nself = A()\nself._x\n": 0,
    }
    for source, expected in cases.items():
        module = package / "probe.py"
        module.write_text(source, encoding="utf-8")
        found = _private_crossings(module)
        assert len(found) == expected, (source, found)


def _reexports(front: Path) -> set[str]:
    """The names a package's ``__init__`` takes from elsewhere (what it re-exports), as opposed to what it defines."""
    names: set[str] = set()
    for node in ast.parse(front.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module != "__future__":
            names.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return names


def _through_own_front(path: Path, name: str | None = None) -> list[str]:
    """Where a module takes a re-exported name from its own package's front (or an enclosing package's):
    ``from netkit.contacts import Contact`` inside ``netkit/contacts/``. Importing a submodule through the package
    (``from netkit.widgets import status``) and a name the front itself defines (``netkit.__version__``) are fine.
    ``name``: the module's dotted name when ``path`` is not in the tree (the guard's probe; absolute imports only)."""
    own = name or _module_name(path)
    parts = own.split(".") if path.name == "__init__.py" else own.split(".")[:-1]
    enclosing = {".".join(parts[:i]) for i in range(1, len(parts) + 1)} - {own}
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (front := _target(path, node)) in enclosing:
            reexported = _reexports(MODULES[front])
            found += [
                f"{path.name}:{node.lineno} takes {alias.name} from {front}"
                for alias in node.names
                if f"{front}.{alias.name}" not in MODULES and alias.name in reexported
            ]
        elif isinstance(node, ast.Import):
            found += [f"{path.name}:{node.lineno} imports {a.name}" for a in node.names if a.name in enclosing]
    return found


def test_modules_never_import_their_own_package_front():
    """A package's ``__init__`` re-exports for the package's users; its own modules import each other directly and
    downwards (``from netkit.contacts.model import Contact``), so the front can import them all without a cycle and
    moving a name never changes who depends on whom."""
    wrong = sorted(f"{name}: {w}" for name, path in MODULES.items() for w in _through_own_front(path))
    assert not wrong, wrong


def test_the_package_front_check_tells_a_re_export_from_a_submodule(tmp_path):
    """Guard: a re-exported name is caught; a submodule or a name the front defines is not."""
    assert "Contact" in _reexports(PACKAGE / "contacts" / "__init__.py")
    assert "__version__" not in _reexports(PACKAGE / "__init__.py")
    probe = tmp_path / "probe.py"
    cases = {
        "from netkit.contacts import Contact\n": 1,
        "from netkit.contacts import model\n": 0,
        "import netkit.contacts\n": 1,
        "from netkit import __version__\n": 0,
        "from netkit.contacts.model import Contact\n": 0,
    }
    for source, expected in cases.items():
        probe.write_text(source, encoding="utf-8")
        assert len(_through_own_front(probe, "netkit.contacts.probe")) == expected, source


#: The longest a function should be (``end_lineno - lineno``): a longer one usually holds more than one idea.
LONGEST_FUNCTION = 60

#: Functions still over :data:`LONGEST_FUNCTION` lines. This set may only shrink: a new long function fails, and
#: one cut below the limit must leave the set (so the list stays true). Cut where an idea ends, not at a count.
LONG_FUNCTIONS = {
    "netkit/coach/collect/consent.py::read_consented",
    "netkit/coach/collect/figures.py::aggregate",
    "netkit/coach/collect/report.py::build_report",
}

#: However long an exception may be; :data:`OVER_THE_CAP` names any allowed past it (none now; it may only shrink).
LONGEST_EXCEPTION = 120
OVER_THE_CAP: set[str] = set()


def _long_functions(path: Path) -> dict[str, int]:
    """``path::Class.method`` → lines, for every function (methods and nested ones too) over the limit."""
    found: dict[str, int] = {}

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = prefix + child.name
                lines = (child.end_lineno or child.lineno) - child.lineno
                if lines > LONGEST_FUNCTION:
                    found[f"{path.relative_to(ROOT).as_posix()}::{name}"] = lines
                walk(child, name + ".")
            elif isinstance(child, ast.ClassDef):
                walk(child, prefix + child.name + ".")
            else:
                walk(child, prefix)

    walk(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_no_new_function_is_over_sixty_lines():
    """A ratchet: functions over 60 lines are the listed exceptions, and the list only shrinks."""
    long = {name: lines for path in MODULES.values() for name, lines in _long_functions(path).items()}
    new = sorted(f"{name} ({lines} lines)" for name, lines in long.items() if name not in LONG_FUNCTIONS)
    assert not new, f"cut these where an idea ends (at most {LONGEST_FUNCTION} lines): {new}"
    gone = sorted(LONG_FUNCTIONS - set(long))
    assert not gone, f"now short (or renamed): remove from LONG_FUNCTIONS: {gone}"
    assert len(LONG_FUNCTIONS) <= 10, "at most ten exceptions"
    over = sorted(f"{name} ({lines} lines)" for name, lines in long.items() if lines > LONGEST_EXCEPTION)
    assert {o.split(" (")[0] for o in over} == OVER_THE_CAP, f"none over {LONGEST_EXCEPTION} lines: {over}"


def test_the_long_function_check_sees_methods_and_nested_functions(tmp_path, monkeypatch):
    """Guard: a long method and a long nested function are found under their qualified names; a short one is not."""
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    body = "".join(f"    x{i} = {i}\n" for i in range(61))
    probe = tmp_path / "probe.py"
    probe.write_text(
        f"class A:\n  def m(self):\n{body}\ndef outer():\n  def inner():\n{body}\ndef short():\n    return 1\n",
        encoding="utf-8",
    )
    assert set(_long_functions(probe)) == {"probe.py::A.m", "probe.py::outer", "probe.py::outer.inner"}


# --- One public face per package -------------------------------------------------------------------------------
#
# A package's ``__init__`` ``__all__`` is its face: the names it re-exports for the package's users, and the names of
# the submodules (and subpackages) it documents as public. Code outside a package takes only names from that face, or
# from a public submodule's own ``__all__`` (its face). Like httpx's exported-members test, the face is checked both
# ways: every name in it is real, documented and the package's own, and nothing public sits in the front unlisted.

PACKAGES = {name: path for name, path in MODULES.items() if path.name == "__init__.py"}


def _declared_all(path: Path) -> list[str] | None:
    """The ``__all__`` a module's source declares (read, not imported), or None."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets) and node.value is not None:
            return list(ast.literal_eval(node.value))
    return None


def _face(package: str) -> list[str]:
    return _declared_all(PACKAGES[package]) or []


def _definitions(path: Path) -> dict[str, bool]:
    """Top-level names ``path`` defines itself (not imports) → whether each is documented: a docstring for a function
    or class, a ``#:`` comment above or a string right below for a constant (Sphinx's convention)."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    body = ast.parse(source).body
    found: dict[str, bool] = {}
    for index, node in enumerate(body):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found[node.name] = bool(ast.get_docstring(node))
            continue
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        names = [
            n.id for t in targets for n in ([*t.elts] if isinstance(t, ast.Tuple) else [t]) if isinstance(n, ast.Name)
        ]
        if not names:
            continue
        comment = lines[node.lineno - 2].strip().startswith("#:") if node.lineno > 1 else False
        after = body[index + 1] if index + 1 < len(body) else None
        string = (
            isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant) and isinstance(after.value.value, str)
        )
        for name in names:
            found[name] = comment or string
    return found


def _origin(module: str, name: str, seen: frozenset[str] = frozenset()) -> str | None:
    """The module that defines ``name`` when ``module`` has it, following ``from x import name`` chains."""
    path = MODULES.get(module)
    if path is None or module in seen:
        return None
    if name in _definitions(path):
        return module
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if (alias.asname or alias.name) == name:
                    return _origin(_target(path, node), alias.name, seen | {module}) or (
                        f"{_target(path, node)} (outside netkit)" if _target(path, node) not in MODULES else None
                    )
    return None


def test_every_package_has_a_face():
    """Each package's ``__init__`` declares ``__all__``, and each submodule it names as public declares its own."""
    missing = [name for name, path in PACKAGES.items() if _declared_all(path) is None]
    assert not missing, f"add __all__ (the package's face) to: {missing}"
    faceless = [
        f"{package}.{name}"
        for package in PACKAGES
        for name in _face(package)
        if f"{package}.{name}" in MODULES and f"{package}.{name}" not in PACKAGES
        if _declared_all(MODULES[f"{package}.{name}"]) is None
    ]
    assert not faceless, f"a public module says what it exports: add __all__ to {faceless}"


def test_every_name_in_a_face_is_importable_documented_and_the_packages_own():
    """httpx's exported-members test, for every package: a name in the face can be imported, has a docstring (or a
    ``#:`` comment, for a constant), and is defined inside the package — not a third-party name or another package's
    name passed on (that one is imported from its own package)."""
    import importlib

    problems = []
    for package in PACKAGES:
        front = importlib.import_module(package)
        for name in _face(package):
            if f"{package}.{name}" in MODULES:
                sub = importlib.import_module(f"{package}.{name}")
                if not (sub.__doc__ or "").strip():
                    problems.append(f"{package}.{name}: a public module without a docstring")
                continue
            if not hasattr(front, name):
                problems.append(f"{package}.{name}: in __all__ but not importable")
                continue
            if name.startswith("__") and name.endswith("__"):
                continue  # __version__
            origin = _origin(package, name)
            if origin is None or not (origin == package or origin.startswith(package + ".")):
                problems.append(f"{package}.{name}: defined in {origin}, not in {package} (import it from there)")
            elif not _definitions(MODULES[origin])[name]:
                problems.append(f"{package}.{name}: undocumented in {origin} (docstring, or #: above a constant)")
    assert not problems, "\n".join(problems)


def _front_bindings(package: str) -> set[str]:
    """Public names a front binds at the top: what it imports from its own package or defines."""
    path = PACKAGES[package]
    names = {n for n in _definitions(path) if not n.startswith("_")}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and _target(path, node).startswith(package + "."):
            names.update(
                alias.asname or alias.name for alias in node.names if not (alias.asname or alias.name).startswith("_")
            )
    return names


def test_nothing_public_sits_in_a_front_unlisted():
    """The other half of httpx's test: every public name a front binds is in its ``__all__`` (so the face is the
    whole front). ``netkit.cli``'s front is the command group itself, code rather than a face: its helpers are used,
    not offered."""
    unlisted = sorted(
        f"{package}.{name}"
        for package in PACKAGES
        if package != "netkit.cli"
        for name in _front_bindings(package) - set(_face(package))
    )
    assert not unlisted, f"list in __all__ (or make private): {unlisted}"


def _notebook_sources() -> dict[str, str]:
    """The code cells of every shipped notebook: code outside every package."""
    import json

    sources = {}
    for path in sorted([*(ROOT / "exercises").glob("*.ipynb"), *(ROOT / "workbooks").glob("*.ipynb")]):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
        sources[path.name] = "\n".join(line for line in code.splitlines() if not line.lstrip().startswith(("%", "!")))
    return sources


def _outside_the_face(importer: str, target: str, name: str | None) -> list[str]:
    """What is wrong with ``importer`` taking ``name`` from ``target`` (``name`` None: importing ``target`` itself):
    each package the target sits in, and the importer does not, must list the next step in its face; a name taken
    from a plain module of such a package must be in that module's ``__all__``."""

    def inside(package: str) -> bool:
        return importer == package or importer.startswith(package + ".")

    wrong = []
    parts = target.split(".")
    for depth in range(1, len(parts)):
        package, step = ".".join(parts[:depth]), parts[depth]
        if package in PACKAGES and not inside(package) and step not in _face(package):
            wrong.append(f"{package}.{step} is not in {package}'s face")
    if name is not None and not inside(target if target in PACKAGES else target.rsplit(".", 1)[0]):
        face = _face(target) if target in PACKAGES else _declared_all(MODULES[target]) or []
        if name not in face:
            wrong.append(f"{target}.{name} is not in {target}'s __all__")
    return wrong


def _face_problems(importer: str, tree: ast.AST, path: Path | None) -> list[str]:
    """Every import in ``tree`` (and every ``module.name`` on a netkit module it imported) that goes past a face."""
    found = []
    bound: dict[str, str] = {}  # local name -> the netkit module it is bound to
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = _target(path, node) if path is not None else node.module or ""
            bound.update(
                {a.asname or a.name: f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in MODULES}
            )
        elif isinstance(node, ast.Import):
            bound.update({a.asname: a.name for a in node.names if a.asname and a.name in MODULES})
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in bound:
            target = bound[node.value.id]
            if f"{target}.{node.attr}" not in MODULES and not _is_private(node.attr):
                found += [f"{importer}:{node.lineno}: {w}" for w in _outside_the_face(importer, target, node.attr)]
        if isinstance(node, ast.ImportFrom):
            target = _target(path, node) if path is not None else node.module or ""
            if target not in MODULES:
                continue
            for alias in node.names:
                full = f"{target}.{alias.name}"
                args = (full, None) if full in MODULES else (target, alias.name)
                found += [f"{importer}:{node.lineno}: {w}" for w in _outside_the_face(importer, *args)]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES:
                    found += [f"{importer}:{node.lineno}: {w}" for w in _outside_the_face(importer, alias.name, None)]
    return found


def test_code_outside_a_package_uses_only_its_face():
    """Every netkit module, and every shipped notebook, takes from another package only what that package's face
    offers: a name in its ``__all__``, or a name from a submodule the face lists (in that submodule's ``__all__``)."""
    wrong = [
        w for name, path in MODULES.items() for w in _face_problems(name, ast.parse(path.read_text("utf-8")), path)
    ]
    wrong += [w for name, code in _notebook_sources().items() for w in _face_problems(name, ast.parse(code), None)]
    assert not wrong, "\n".join(sorted(set(wrong)))


def test_the_face_checks_can_fail(tmp_path):
    """Guard: an unlisted module, a name outside a module's ``__all__``, and an undocumented constant are caught."""
    assert _outside_the_face("netkit.cli.x", "netkit.store.answers", "NotThere")
    assert _outside_the_face("notebook.ipynb", "netkit.widgets.network", "NotThere")
    assert not _outside_the_face("netkit.store.merge", "netkit.store.answers", "NotThere")  # inside the package
    used = ast.parse("from netkit.exercises.reflection import plan as p\np.CADENCES\np.make_entry\n")
    assert [w.split(": ")[1] for w in _face_problems("netkit.coach.x", used, None)] == [
        "netkit.exercises.reflection.plan.CADENCES is not in netkit.exercises.reflection.plan's __all__"
    ]
    assert "widgets" in _face("netkit")  # the notebooks' way in
    assert _origin("netkit.hub", "HubClient") == "netkit.hub.client"
    assert _origin("netkit.contacts", "Contact") == "netkit.contacts.model"
    probe = tmp_path / "probe.py"
    probe.write_text('#: documented\nA = 1\nB = 2\nC = 3\n"""documented too"""\ndef f():\n    pass\n', encoding="utf-8")
    assert _definitions(probe) == {"A": True, "B": False, "C": True, "f": False}
