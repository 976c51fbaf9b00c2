"""The framework-free core: events in, effects out.

Nothing in this package may import aiogram or telegram (tests/handlers/test_core_is_framework_free.py
checks it). The runtime adapters in ``bot/`` turn updates into the events defined in ``events`` and
execute the effects defined in ``effects`` through the ``BotApi`` port.
"""
