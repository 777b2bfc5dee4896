"""Exercise 1's form, network mapping: ``form`` (the NetworkMap widget) and ``view`` (what it shows around its
widgets)."""

from netkit.widgets.network.form import CONTACTS_KEY, DRAFT_KEY, IMPORTS_KEY, SUMMARY_KEY, NetworkMap
from netkit.widgets.network.view import DORMANT_MARK, TABLE_ROWS, contacts_table_html

__all__ = [
    "CONTACTS_KEY",
    "DORMANT_MARK",
    "DRAFT_KEY",
    "IMPORTS_KEY",
    "SUMMARY_KEY",
    "TABLE_ROWS",
    "NetworkMap",
    "contacts_table_html",
]
