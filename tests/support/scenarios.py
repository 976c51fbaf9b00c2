"""Starting points several features' tests share."""

from __future__ import annotations

from handlers.core.events import User
from tests.support.chat import copy_of
from tests.support.harness import Harness
from tests.support.users import ANNA, SELLER


async def blocked_anna(shop: Harness) -> None:
    """Anna writes, Sam blocks her by replying /block to her relayed message; the calls are cleared."""
    await shop.send(ANNA, "Buy cheap followers!")
    await shop.send(SELLER, "/block", reply_to=await copy_of(shop, "Buy cheap followers!", SELLER.id))
    shop.api.calls.clear()


async def delivered_order(shop: Harness, buyer: User = ANNA, code: str = "A-100") -> None:
    """``buyer`` writes, the seller links ``code`` to them and marks it delivered; the calls are cleared."""
    await shop.send(buyer, f"Hello, I ordered {code}")
    relayed = await copy_of(shop, f"Hello, I ordered {code}", SELLER.id)
    await shop.send(SELLER, f"/order {code}", reply_to=relayed)
    await shop.send(SELLER, f"/delivered {code}")
    shop.api.calls.clear()
