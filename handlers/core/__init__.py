"""The machinery every event goes through: dispatch (``Core``), events in, effects out, the ports to
Telegram, routing, the feature registry, timers, delivery, button presses, menus and the replies every
feature builds on.

May import: ``handlers.kit`` and ``storage`` (never ``handlers.relay`` or ``handlers.features``: they
are handed over in the ``Registry``; see .importlinter).
"""
