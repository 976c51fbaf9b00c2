"""The framework-free core: events in, effects out.

Nothing in this package may import aiogram or telegram (tests/handlers/core/test_core_is_framework_free.py
checks it). The runtime adapters in ``bot/`` turn updates into the events defined in ``core.events`` and
execute the effects defined in ``core.effects`` through the ``BotApi`` port.

- ``core/``: the machinery every event goes through (dispatch, events, effects, ports, routing, registry,
  timers, delivery, buttons, menus, replies).
- ``kit/``: text and time helpers (i18n, language, text, durations, moments, zones): no database, no Telegram.
- ``relay/``: the always-on relay between buyers and sellers (buyer, seller, messages, copies, headers, away).
- ``features/<name>/``: one folder per feature (/start, orders, vacation, stats, team, ...).
"""
