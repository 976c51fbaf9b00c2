"""Follow-up after delivery: ``/followup DURATION`` (default 3d) after an order is marked delivered, its
buyer is asked whether everything arrived well. "All good" → thanks, then (once) the consent question;
"There is a problem" → every seller is alerted at once and the conversation needs attention."""

from .feature import DEFAULT, FEATURE, SETTING

__all__ = ["DEFAULT", "FEATURE", "SETTING"]
