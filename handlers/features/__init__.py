"""One folder per feature: its commands, buttons, timers and delivery hooks, in ``feature.py`` (plus a
second module where it has one); the folder's ``__init__`` exports its declaration, ``FEATURE``
(``handlers/core/registry.py: Feature``), and what other features use. The installed features are
listed in ``bot/features.py``; no feature imports that list.

May import: ``handlers.core``, ``handlers.kit``, ``handlers.relay``, ``storage``, and other features only
through their package (``handlers.features.<name>``), never their modules.
"""
