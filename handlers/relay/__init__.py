"""The always-on relay between buyers and sellers: a buyer's message to every seller, a seller's answer
back to the buyer, the copies and headers in between. ``entry.RELAY`` is what the core is handed (by
the composition root, through the registry): the core never imports the relay. Away replies, reminders
and the satisfaction question are the features' hooks, called through ``ctx.features``.

May import: ``handlers.core``, ``handlers.kit`` and ``storage``.
"""
