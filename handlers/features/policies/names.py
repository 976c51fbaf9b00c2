"""The words sellers use for the policy sections, per language: ``/policy доставка …`` is
``/policy shipping …``. The first word of each list is the one the usage text shows."""

from __future__ import annotations

SECTION_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "shipping": ("shipping", "delivery"),
        "payment": ("payment", "payments", "pay"),
        "returns": ("returns", "return", "refunds", "refund", "exchanges"),
        "privacy": ("privacy",),
        "additional": ("additional", "other", "info", "more"),
    },
    "ru": {
        "shipping": ("доставка", "отправка"),
        "payment": ("оплата", "платёж", "платеж"),
        "returns": ("возврат", "возвраты", "обмен"),
        "privacy": ("конфиденциальность", "приватность"),
        "additional": ("дополнительно", "другое", "прочее", "инфо"),
    },
    "uk": {
        "shipping": ("доставка", "відправлення"),
        "payment": ("оплата", "платіж"),
        "returns": ("повернення", "обмін"),
        "privacy": ("конфіденційність", "приватність"),
        "additional": ("додатково", "інше", "інфо"),
    },
    "de": {
        "shipping": ("versand", "lieferung"),
        "payment": ("zahlung", "bezahlung"),
        "returns": ("rückgabe", "rücksendung", "widerruf", "umtausch"),
        "privacy": ("datenschutz",),
        "additional": ("weiteres", "sonstiges", "info"),
    },
    "fr": {
        "shipping": ("livraison", "expédition", "envoi"),
        "payment": ("paiement",),
        "returns": ("retours", "retour", "remboursement", "échange"),
        "privacy": ("confidentialité",),
        "additional": ("complément", "autres", "infos", "info"),
    },
    "es": {
        "shipping": ("envío", "envio", "envíos", "entrega"),
        "payment": ("pago", "pagos"),
        "returns": ("devoluciones", "devolución", "devolucion", "cambios"),
        "privacy": ("privacidad",),
        "additional": ("adicional", "otros", "información", "info"),
    },
}


def section_for(word: str, locale: str) -> str | None:
    """The section ``word`` names, in the seller's language first (then the others)."""
    lowered = word.lower()
    for code in dict.fromkeys((locale, *SECTION_WORDS)):
        for section, words in SECTION_WORDS.get(code, {}).items():
            if lowered == section or lowered in words:
                return section
    return None


def typed_name(section: str, locale: str) -> str:
    """The word for ``section`` a seller of ``locale`` would type (``доставка``)."""
    return SECTION_WORDS.get(locale, SECTION_WORDS["en"])[section][0]
