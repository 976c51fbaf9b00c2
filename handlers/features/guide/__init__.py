"""/guide: a short guide to good customer service for sellers, one piece of advice per page, each
pointing to the sellerbot command that helps with it. ◀/▶ turn the page in place (the message is
edited), so the guide takes one message in the seller's chat however far they read."""

from .feature import FEATURE, PAGES

__all__ = ["FEATURE", "PAGES"]
