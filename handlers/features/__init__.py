"""One folder per feature: its commands, buttons, timers and delivery hooks, in ``feature.py`` (plus a
second module where it has one); the folder's ``__init__`` re-exports what other modules use.

May import: ``handlers.core``, ``handlers.kit``, ``handlers.relay``, ``storage``, and other features only
through their package (``handlers.features.<name>``), never their modules.
"""
