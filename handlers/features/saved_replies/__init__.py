"""Saved replies: answers the shop writes once and sends to buyers by name.

Sellers manage them with ``/saved`` (list), ``/saved add NAME TEXT`` (add or replace; TEXT keeps its
lines and formatting), ``/saved add NAME@ru TEXT`` (the variant for buyers who speak Russian) and
``/saved del NAME`` (with all variants; ``NAME@ru``: that variant only). They send one with ``/r NAME``
as a reply to a buyer's message, or with the "💬 Saved replies" button under it, which opens a picker.

The buyer gets the variant in their language, else the default one, with ``{buyer_name}``,
``{first_name}``, ``{shop_name}`` and ``{order_id}`` filled in (``{order_id|soon}``: "soon" when the
value is empty; without a fallback, a line whose variable is empty is left out). It counts as the
seller's answer in every way (see ``handlers/relay/seller.py: answer_with_text``).

Stored as ``ShopText`` rows of kind ``saved``: one per name and locale, locale ``""`` the default.

The code, by role (each module imports only those above it in this list):
- ``templates.py``: the placeholders and ``fill`` (a template filled in for one buyer).
- ``variants.py``: names, the stored variants of each and which one a buyer gets.
- ``manage.py``: ``/saved`` (list, add, delete).
- ``send.py``: ``send_saved`` and ``/r NAME``.
- ``picker.py``: the "💬 Saved replies" button's picker.
- ``feature.py``: the declaration ``FEATURE`` and the saved replies a new shop starts with.
"""

from .feature import FEATURE
from .picker import name_token, picker_keyboard
from .templates import fill

__all__ = ["FEATURE", "fill", "name_token", "picker_keyboard"]
