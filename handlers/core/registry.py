"""What a feature declares, and the registry of the installed ones.

Each feature package (``handlers/features/<name>/``) exports one ``FEATURE = Feature(...)``; the
composition root (``bot/features.py``) lists the installed ones and builds the ``Registry`` the core is
handed (``Core(..., features=registry)``); every handler reads it as ``ctx.features``. Adding a feature is
its folder plus one line there. This module is a leaf: it imports nothing of ours at run time (the
types below are for the type checker only), so anything may import it without making a cycle.

The always-on relay (``handlers/relay/``) is not a feature, but the core does not import it either: it
is handed to the registry as a ``Relay`` (its entry points, and its own buttons and timers).

How the features that used to import each other in a ring were untied, each the simplest true option:

- coupons ⇄ nudges: one feature, ``features/marketing/`` (coupons.py, nudges.py): coupons exist for
  nudges, deleting one stops its nudges, and storage already calls both "marketing".
- orders → followup, nudges: delivery is an event they react to: ``order_delivered`` hooks.
- the relay → vacation, hours, reminders, csat: hooks in the buyer-message path (``away_reply``,
  ``buyer_waits``) and after a seller's answer (``answered``).
- /start's greeting → policies' button: ``greeting_buttons`` hooks.
- csat and reminders → vacation ("is the shop away"): vacation's public API
  (``from handlers.features.vacation import current_vacation``); vacation imports neither.
- stats, orders, vacation → hours' ``shop_zone``: the shop's time zone is read by every feature that
  shows a moment, so its reader lives in ``handlers/core/moments.py``.
- the answer to an unknown command (which the core gives) is the core's (``core/replies.py``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from handlers.core.context import Context
    from handlers.core.effects import Effect
    from handlers.core.events import IncomingMessage
    from handlers.core.routing import ButtonHandler, Command, DeliveryHook, PayloadHandler, TimerHandler
    from storage.models import Buyer, Conversation, Order, Seller

    StartHook = Callable[[Context], Awaitable[list[Effect]]]
    GreetingButtons = Callable[[Buyer, Context], Awaitable[list[list[dict[str, Any]]]]]
    AwayReply = Callable[[Buyer, Conversation, Context], Awaitable[list[Effect] | None]]
    ConversationHook = Callable[[Conversation, Context], Awaitable[list[Effect]]]
    AnsweredHook = Callable[[Conversation, Buyer, Context], Awaitable[list[Effect]]]
    OrderHook = Callable[[Order, Context], Awaitable[list[Effect]]]
    BuyerMessageHandler = Callable[[IncomingMessage, Buyer, Context], Awaitable[list[Effect]]]
    SellerMessageHandler = Callable[[IncomingMessage, Seller, Context], Awaitable[list[Effect]]]
    SellerSeen = Callable[[Seller, IncomingMessage, Context], None]

V = TypeVar("V")


@dataclass(frozen=True, eq=False)
class Feature:
    """Everything one feature plugs into the core. Only ``name`` is required."""

    name: str
    commands: Sequence[Command] = ()
    buttons: Mapping[str, ButtonHandler] = field(default_factory=dict)  # callback-data prefix → handler
    start_payloads: Mapping[str, PayloadHandler] = field(default_factory=dict)  # /start payload prefix
    timers: Mapping[str, TimerHandler] = field(default_factory=dict)  # timer kind → handler
    delivery_hooks: Mapping[str, DeliveryHook] = field(default_factory=dict)  # outbox role → hook
    on_start: StartHook | None = None  # once per process start (seeding defaults, say)
    greeting_buttons: GreetingButtons | None = None  # rows of buttons under the buyer's greeting
    # The buyer-message path. ``away_reply``: None when it does not apply, else the effects that replace
    # the acknowledgement (possibly none); the first feature, in installed order, that applies wins.
    away_reply: AwayReply | None = None
    buyer_waits: ConversationHook | None = None  # a buyer's message started a wait for an answer
    answered: AnsweredHook | None = None  # a seller's answer went to the buyer
    order_delivered: OrderHook | None = None  # an order was just marked delivered


@dataclass(frozen=True, eq=False)
class Relay:
    """The always-on relay's entry points (handlers/relay/), handed to the core through the registry."""

    buyer_message: BuyerMessageHandler
    seller_message: SellerMessageHandler
    seller_seen: SellerSeen  # refresh a seller's profile from their message, before anything else
    declares: Feature  # its own buttons and timers


class Registry:
    """The installed features' declarations, merged once. Lookups return read-only, shared mappings.
    Order matters where it shows: commands appear in menus and /help in the features' order, and away
    replies are asked in that order (vacation before business hours). A key declared twice is a
    mistake, refused here rather than one of them silently lost."""

    def __init__(self, relay: Relay, features: Sequence[Feature]) -> None:
        self.relay = relay
        self.features: tuple[Feature, ...] = tuple(features)
        names = [f.name for f in self.features]
        if len(set(names)) != len(names):
            raise ValueError(f"a feature is installed twice: {names}")
        every = (relay.declares, *self.features)
        self._commands = _merged("command", ((c.name, c) for f in every for c in f.commands))
        self._buttons = _merged("button", (i for f in every for i in f.buttons.items()))
        self._payloads = _merged("start payload", (i for f in every for i in f.start_payloads.items()))
        self._timers = _merged("timer", (i for f in every for i in f.timers.items()))
        self._delivery = _merged("delivery hook", (i for f in every for i in f.delivery_hooks.items()))
        self.on_start = tuple(f.on_start for f in every if f.on_start is not None)
        self.greeting_buttons = tuple(f.greeting_buttons for f in every if f.greeting_buttons is not None)
        self.away_replies = tuple(f.away_reply for f in every if f.away_reply is not None)
        self.buyer_waits = tuple(f.buyer_waits for f in every if f.buyer_waits is not None)
        self.answered = tuple(f.answered for f in every if f.answered is not None)
        self.order_delivered = tuple(f.order_delivered for f in every if f.order_delivered is not None)

    def commands(self) -> Mapping[str, Command]:
        return self._commands

    def buttons(self) -> Mapping[str, ButtonHandler]:
        return self._buttons

    def start_payloads(self) -> Mapping[str, PayloadHandler]:
        return self._payloads

    def timers(self) -> Mapping[str, TimerHandler]:
        return self._timers

    def delivery_hooks(self) -> Mapping[str, DeliveryHook]:
        """Role of an outbox row → what to do once it went out or failed for good."""
        return self._delivery


def _merged(what: str, items: Iterable[tuple[str, V]]) -> Mapping[str, V]:
    found: dict[str, V] = {}
    for key, value in items:
        if key in found:
            raise ValueError(f"{what} {key!r} is declared twice")
        found[key] = value
    return MappingProxyType(found)
