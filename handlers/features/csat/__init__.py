"""The satisfaction question (CSAT): when a conversation was answered and then stayed quiet for
``/csat DURATION`` (default 24h; ``/csat off``, ``/csat on``, ``/csat`` for the setting), its buyer is
asked once, in their language, to rate the service 1–5 with buttons. A 1 or 2 alerts every seller at
once with the buyer's header; a reply to the alert answers the buyer."""

from .feature import FEATURE

__all__ = ["FEATURE"]
