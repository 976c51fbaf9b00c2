"""How the bot names a buyer or a seller to a seller."""

from __future__ import annotations

from storage.models import Buyer, Seller


def buyer_name(buyer: Buyer) -> str:
    return f"{buyer.first_name} {buyer.last_name}".strip() if buyer.last_name else buyer.first_name


def seller_name(seller: Seller) -> str:
    name = f"{seller.first_name} {seller.last_name or ''}".strip()
    return name or (f"@{seller.username}" if seller.username else str(seller.telegram_id))
