"""The machinery every event goes through: dispatch (``Core``), events in, effects out, the ports to
Telegram, routing, the feature registry, timers, delivery, button presses, menus and the replies every
feature builds on.

May import: ``handlers.kit`` and ``storage``.
"""
