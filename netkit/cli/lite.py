"""``netkit lite``: build the no-server site (the workbook runs in the participant's browser)."""

from __future__ import annotations

import click

from netkit.cli.options import out_folder, workbook_template, workshop_country, workshop_details, workshop_language
from netkit.cli_errors import friendly_errors

__all__ = ["lite"]


@click.command()
@out_folder("Folder for the static site: a new or empty one, or an earlier site (replaced).")
@workshop_details(" shown in every workbook.")
@workshop_country(".")
@workshop_language(": the workbook's language until the participant chooses another.")
@workbook_template()
@friendly_errors
def lite(out, workshop, workshop_date, coach, country, language, workbook):
    """Build a static site where the workbook runs in the browser (JupyterLite): no server, no Binder.

    Participants type their own details on the welcome page; nothing personal is in the site,
    and answers stay in each participant's browser. Serve the folder from any static host.
    Downloads (Pyodide from npm, wheels from PyPI) are cached, so rebuilding works offline.

    \b
    Example:
        netkit lite -o site --workshop "Networking that lasts" --date 2026-12-03 --coach "Sam Rivera" --country GB
        python -m http.server -d site 8000     # then open http://localhost:8000/
    """
    from netkit.coach.lite import build_site

    defaults = {"workshop": workshop, "workshop_date": workshop_date, "coach": coach}
    if country:
        defaults["country"] = country
    if language:
        defaults["language"] = language
    click.echo(build_site(out, defaults=defaults, workbook=workbook).summary())
