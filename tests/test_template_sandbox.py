"""The outreach template sandbox: limits on text size and work, every failure a TemplateError with its line."""

from __future__ import annotations

import tracemalloc

import pytest
from click.testing import CliRunner

from netkit.cli import cli
from netkit.exceptions import TemplateError
from netkit.exercises.outreach import parse_template, render_message

#: (case, template expression): each would build a huge string, loop for minutes or crash.
HOSTILE = [
    ("division by zero", "{{ 1/0 }}"),
    ("center", "{{ me.name.center(10**8) }}"),
    ("ljust", "{{ 'x'.ljust(100000000) }}"),
    ("rjust", "{{ 'x'.rjust(100000000) }}"),
    ("zfill", "{{ '1'.zfill(100000000) }}"),
    ("percent width", "{{ '%100000000s' % 'x' }}"),
    ("percent star", "{{ '%*s' % (100000000, 'x') }}"),
    ("format width", "{{ '{:>100000000}'.format('x') }}"),
    ("format nested width", "{{ '{:>{}}'.format('x', 100000000) }}"),
    ("format filter", "{{ '%100000000s'|format('x') }}"),
    ("center filter", "{{ 'x'|center(100000000) }}"),
    (
        "namespace doubling",
        "{% set ns = namespace(s='xxxxxxxxxx') %}{% for i in range(40) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
    ),
    (
        "chained sets",
        "{% set a = 'x'*100000 %}{% set b = a ~ a %}{% set c = b ~ b %}{% set d = c ~ c %}"
        "{% set e = d ~ d %}{% set f = e ~ e %}{{ f|length }}",
    ),
    ("nested range loops", "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"),
    ("nested string loops", "{% for i in 'x'*100000 %}{% for j in 'y'*100000 %}{% endfor %}{% endfor %}"),
    ("replace", "{{ ('x'*100000).replace('x', 'x'*100000) }}"),
    ("replace filter", "{{ ('x'*100000)|replace('x', 'yyyyyyyyyy') }}"),
    ("join", "{{ ('x'*1000).join(['a']*100000) }}"),
    ("join filter", "{{ range(100000)|join('x'*1000) }}"),
    ("indent filter", "{{ ('x' ~ '\\n' * 50000)|indent(100000) }}"),
    ("wordwrap filter", "{{ ('x ' * 40000)|wordwrap(1, wrapstring='y' * 1000) }}"),
    ("expandtabs", "{{ ('\\t' * 100000).expandtabs(100000) }}"),
    ("multiplication", "{{ 'x' * 10**9 }}"),
    ("list multiplication", "{{ ([1] * 10**9)|length }}"),
    ("power", "{{ 10 ** 100000000 }}"),
    ("addition", "{{ 'x'*90000 + 'y'*90000 }}"),
    ("method by subscript", "{{ 'x'['center'](10**8) }}"),
    ("output over the cap", "{% for i in range(20000) %}{{ 'abcdefghij' }}{% endfor %}"),
    ("recursion", "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}"),
    ("internals", "{{ ''.__class__.__mro__ }}"),
    ("type error", "{{ me.name + 3 }}"),
    ("bad call", "{{ me.name.nosuchmethod() }}"),
]


def template(body: str, name: str = "hostile") -> object:
    return parse_template(
        f'+++\nsituation = "hostile"\n+++\n\nHi {{{{ contact.name }}}},\n{body}\n', source=f"{name}.j2"
    )


@pytest.mark.parametrize("case, body", HOSTILE, ids=[case for case, _ in HOSTILE])
def test_hostile_template_is_a_template_error_with_its_line(case, body):
    """Does every hostile template stop with a TemplateError naming the file and line, using little memory?"""
    tracemalloc.start()
    try:
        with pytest.raises(TemplateError) as caught:
            render_message(template(body), {"name": "Kim"}, {"name": "Ada"})
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.where == "hostile.j2"
    assert caught.value.line in (6, None) if case == "output over the cap" else caught.value.line == 6
    assert peak < 30_000_000, f"{case}: {peak:,} bytes"


def test_ordinary_loops_and_padding_still_work():
    """Is a coach's template with a small loop, padding and formatting still filled in?"""
    body = "{% for i in range(3) %}{{ i }}{% endfor %} {{ 'x'.center(9) }} {{ '%5s'|format('y') }} {{ '{:>4}'.format('z') }}"
    assert render_message(template(body), {"name": "Kim"}, {"name": "Ada"}).endswith("012     x         y    z")


def test_templates_command_reports_a_failing_template_without_traceback(tmp_path):
    """Does `netkit outreach templates` list the others and report {{ 1/0 }} with file and line, exit 2?"""
    (tmp_path / "broken.j2").write_text('+++\nsituation = "broken"\n+++\nHello\n{{ 1/0 }}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["outreach", "templates", "--templates", str(tmp_path)])
    assert result.exit_code == 2
    assert ("Traceback" not in result.output and result.exception is None) or isinstance(result.exception, SystemExit)
    assert "broken.j2, line 5" in result.output and "ZeroDivisionError" in result.output
    assert "thank-you" in result.output
