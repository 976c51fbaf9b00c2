"""The always-on relay between buyers and sellers: a buyer's message to every seller, a seller's answer
back to the buyer, the copies and headers in between, and the away replies.

May import: ``handlers.core``, ``handlers.kit`` and ``storage``.
"""
