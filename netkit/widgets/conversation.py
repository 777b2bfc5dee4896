"""Where ``ConversationGuide`` lived before 0.2: kept so a workbook rendered (or delivered to a hub) earlier still
opens.

The form is :mod:`netkit.widgets.outreach.conversation`; new notebooks import it from :mod:`netkit.widgets.outreach`.
"""

from netkit.widgets.outreach.conversation import ConversationGuide

__all__ = ["ConversationGuide"]
