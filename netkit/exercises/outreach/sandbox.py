"""The sandbox outreach templates run in: Jinja2's, plus limits on what a template may build.

Jinja2's :class:`~jinja2.sandbox.SandboxedEnvironment` keeps a template away from Python's
internals and files, but not from the machine's memory and time: ``{{ x.center(10**8) }}``,
``'%100000000s' % x``, a namespace doubling a string in a loop or two nested ``range(100000)``
loops would each make a coach's ``netkit outreach templates`` (or a participant's outreach
form) build gigabytes or run for minutes. A message is a few hundred characters, so here:

* **text size**: no string a template builds, reads or outputs may exceed
  :data:`MAX_TEMPLATE_OUTPUT` characters. Operations that could build one in a single step
  (``*``, ``+``, ``%``, ``str.format``, ``center``/``ljust``/``rjust``/``zfill``/``expandtabs``,
  ``replace``, ``join`` and the ``center``/``indent``/``format``/``join``/``replace``/
  ``wordwrap`` filters) are checked *before* they run, from their arguments;
* **work**: a render may execute at most :data:`MAX_TEMPLATE_STEPS` lines of the compiled
  template (a line-counting trace on the template's own frames, so loops of any kind — over
  ``range`` or over a long string — are bounded, deterministically, with no timer);
* the output is streamed and cut at :data:`MAX_TEMPLATE_OUTPUT`.

Going over a limit raises :class:`TemplateLimitError`, which :mod:`netkit.exercises.outreach` turns into a
:class:`~netkit.exceptions.TemplateError` naming the template and its line.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from string import Formatter
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.filters import FILTERS
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import Namespace

__all__ = [
    "MAX_TEMPLATE_OUTPUT",
    "MAX_TEMPLATE_STEPS",
    "MessageSandbox",
    "TemplateLimitError",
    "TEMPLATE_FILENAME",
    "render_limited",
    "template_line",
]

#: No text a template builds or outputs may be longer (a message is a few hundred characters).
MAX_TEMPLATE_OUTPUT = 100_000
#: Lines of compiled template code one render may execute (each built-in template needs about a dozen).
MAX_TEMPLATE_STEPS = 10_000
#: The file name Jinja2 gives code compiled from a string; the step counter traces only these frames.
TEMPLATE_FILENAME = "<template>"


class TemplateLimitError(OverflowError):
    """A template tried to build too much text or do too much work."""


def _too_long(size: int, doing: str) -> None:
    if size > MAX_TEMPLATE_OUTPUT:
        raise TemplateLimitError(
            f"{doing} would make {size:,} characters; a message template may build at most {MAX_TEMPLATE_OUTPUT:,}"
        )


def _size(value: Any) -> int:
    return len(value) if isinstance(value, (str, bytes, list, tuple, dict)) else 0


def _int(value: Any, default: int = 0) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


def _check_percent(fmt: str, args: Any) -> None:
    """``fmt % args``: every width and precision (numbers, or ``*`` taken from ``args``) counts."""
    numbers = list(args) if isinstance(args, tuple) else [args]
    total = len(fmt)
    for width, precision in _PERCENT_SPEC.findall(fmt):
        for part in (width, precision):
            if part == "*":
                total += abs(_int(numbers[0] if numbers else 0))
                numbers = numbers[1:]
            elif part:
                total += int(part)
    total += sum(
        _size(a) for a in (args.values() if isinstance(args, dict) else numbers if isinstance(args, tuple) else [args])
    )
    _too_long(total, "this % formatting")


def _check_format(fmt: str, *args: Any, **kwargs: Any) -> None:
    """``fmt.format(...)``: widths in the format specs count; nested ``{}`` in a spec are refused."""
    total = len(fmt)
    try:
        fields = list(Formatter().parse(fmt))
    except ValueError:
        return  # str.format raises the same error itself
    for _, field_name, spec, _ in fields:
        if field_name is None:
            continue
        if spec and "{" in spec:
            raise TemplateLimitError("a format width taken from a value is not allowed in a message template")
        total += sum(int(n) for n in re.findall(r"\d+", spec or ""))
    total += sum(_size(a) for a in (*args, *kwargs.values()))
    _too_long(total, "this format()")


def _check_join(sep: str, items: Any) -> list:
    items = list(items)
    total = _size(sep) * max(len(items) - 1, 0)
    for item in items:
        total += len(item) if isinstance(item, str) else 12
        _too_long(total, "this join")
    return items


def _check_replace(text: str, old: Any, new: Any, count: Any = -1) -> None:
    if not all(isinstance(v, str) for v in (text, old, new)):
        return
    times = text.count(old) if old else len(text) + 1
    count = _int(count, -1)
    if count is not None and count >= 0:
        times = min(times, count)
    _too_long(len(text) + times * (len(new) - len(old)), "this replace")


def _guard_str_method(text: str, name: str, method: Callable) -> Callable:
    """``method`` (``text.name``) with its result size checked from its arguments first."""

    def guarded(*args: Any, **kwargs: Any) -> Any:
        if name in ("center", "ljust", "rjust", "zfill"):
            _too_long(max(len(text), _int(args[0] if args else kwargs.get("width"))), f"{name}()")
        elif name == "expandtabs":
            _too_long(len(text) * max(1, _int(args[0] if args else kwargs.get("tabsize"), 8)), "expandtabs()")
        elif name == "replace":
            _check_replace(text, *args, **kwargs)
        elif name == "join" and args:
            args = (_check_join(text, args[0]), *args[1:])
        elif name == "format":
            _check_format(text, *args, **kwargs)
        elif name == "format_map" and args and hasattr(args[0], "values"):
            _check_format(text, **{str(k): v for k, v in args[0].items()})
        return method(*args, **kwargs)

    return guarded


_GUARDED_METHODS = frozenset(
    {"center", "ljust", "rjust", "zfill", "expandtabs", "replace", "join", "format", "format_map"}
)


def _guard_filter(name: str, stock: Callable) -> Callable:
    """A Jinja2 filter with its result size checked from its arguments first."""

    def center(value: Any, width: int = 80) -> Any:
        _too_long(max(len(str(value)), _int(width)), "the center filter")
        return stock(value, width)

    def indent(value: Any, width: Any = 4, *args: Any, **kwargs: Any) -> Any:
        pad = len(width) if isinstance(width, str) else _int(width)
        _too_long(len(str(value)) + pad * (str(value).count("\n") + 1), "the indent filter")
        return stock(value, width, *args, **kwargs)

    def format_(value: Any, *args: Any, **kwargs: Any) -> Any:
        _check_percent(str(value), kwargs or args)
        return stock(value, *args, **kwargs)

    def join(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> Any:
        items = list(value) if attribute is not None else _check_join(d, [str(v) for v in value])
        if attribute is not None:
            _too_long(len(d) * len(items), "the join filter")
        return stock(eval_ctx, items, d, attribute)

    def replace(eval_ctx: Any, s: Any, old: Any, new: Any, count: Any = None) -> Any:
        _check_replace(str(s), str(old), str(new), -1 if count is None else count)
        return stock(eval_ctx, s, old, new, count)

    def wordwrap(environment: Any, s: Any, width: int = 79, *args: Any, **kwargs: Any) -> Any:
        wrapstring = kwargs.get("wrapstring") or (args[1] if len(args) > 1 else None) or "\n"
        _too_long(len(str(s)) * (1 + len(str(wrapstring))), "the wordwrap filter")
        return stock(environment, s, width, *args, **kwargs)

    choices: dict[str, Callable[..., Any]] = {
        "center": center,
        "indent": indent,
        "format": format_,
        "join": join,
        "replace": replace,
        "wordwrap": wordwrap,
    }
    guarded = choices[name]
    for attr in ("jinja_pass_arg",):  # pass_eval_context marks the function itself
        if hasattr(stock, attr):
            setattr(guarded, attr, getattr(stock, attr))
    guarded.__doc__ = stock.__doc__
    return guarded


class MessageSandbox(SandboxedEnvironment):
    """Jinja2's sandbox with the size limits above on operators, string methods, filters and on
    every value a template reads from a namespace or an object (see the module docstring)."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        for name in ("center", "indent", "format", "join", "replace", "wordwrap"):
            self.filters[name] = _guard_filter(name, FILTERS[name])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and not isinstance(right, bool) and abs(right) > 64:
            raise SecurityError("a power this large is not allowed in a message template")
        if operator == "*":
            for text, times in ((left, right), (right, left)):
                if isinstance(text, (str, list, tuple)) and isinstance(times, int):
                    _too_long(len(text) * max(times, 0), "repeating this text")
        elif operator == "+":
            _too_long(_size(left) + _size(right), "joining these texts")
        elif operator == "%" and isinstance(left, str):
            _check_percent(left, right)
        return super().call_binop(context, operator, left, right)

    def _checked(self, obj: Any, attribute: Any, value: Any) -> Any:
        if isinstance(obj, str) and attribute in _GUARDED_METHODS and callable(value):
            return _guard_str_method(obj, attribute, value)
        if isinstance(obj, Namespace):
            _too_long(_size(value), "this namespace value")
        return value

    def getattr(self, obj: Any, attribute: str) -> Any:
        return self._checked(obj, attribute, super().getattr(obj, attribute))

    def getitem(self, obj: Any, argument: Any) -> Any:
        return self._checked(obj, argument, super().getitem(obj, argument))


def _step_counter(limit: int) -> Callable:
    """A ``sys.settrace`` function counting the lines run in template frames (only those: other
    frames are not traced line by line). Over ``limit``, or when a variable of the template
    holds text over the size limit, it raises :class:`TemplateLimitError` inside the template."""
    steps = 0

    def local(frame: Any, event: str, arg: Any) -> Callable:
        nonlocal steps
        if event == "line":
            steps += 1
            if steps > limit:
                raise TemplateLimitError(
                    f"the template ran more than {limit:,} steps (loops too long or "
                    "nested); a message template needs only a few"
                )
            for value in frame.f_locals.values():
                _too_long(_size(value), "this variable")
        return local

    def global_(frame: Any, event: str, arg: Any) -> Callable | None:
        return local if frame.f_code.co_filename == TEMPLATE_FILENAME else None

    return global_


def render_limited(compiled: Any, context: dict, *, steps: int = MAX_TEMPLATE_STEPS) -> str:
    """Render ``compiled`` (a template of a :class:`MessageSandbox`) under the work and size limits."""
    previous = sys.gettrace()
    sys.settrace(_step_counter(steps))
    try:
        chunks: list[str] = []
        size = 0
        stream: Iterator[str] = compiled.generate(**context)
        for chunk in stream:
            size += len(chunk)
            _too_long(size, "this message")
            chunks.append(chunk)
        return "".join(chunks)
    finally:
        sys.settrace(previous)


def template_line(exc: BaseException) -> int | None:
    """The template line (1-based, counted in the template body) where ``exc`` was raised, from
    the traceback Jinja2 rewrites to point at template lines."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == TEMPLATE_FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
