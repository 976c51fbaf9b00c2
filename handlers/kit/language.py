"""Which of the shop's locales a buyer writes in.

langdetect alone is random (unless seeded) and weak on a few words, so it is seeded, restricted to the
locales we have catalogs for and given Telegram's ``language_code`` as a prior. Each message of the
buyer's gets a verdict once (``judge``, stored with the message) — or none when it says nothing about
the buyer's own language: too few letters, the same few characters or words over and over ("xxxx…"),
long enough to be pasted, several languages in one message (a quoted notice), or an unsure detection.
The buyer's language then follows a recency-weighted vote over their latest verdicts (``decide``); one
odd message cannot flip a language their earlier messages established, a few consistent ones can.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

# Fewer letters than this say too little ("merci" comes out Spanish); Telegram's language_code decides.
MIN_LETTERS = 12
# Longer than this is most likely pasted (a shipping notice, a listing), not the buyer's own words.
MAX_CHARS = 500
# A text using fewer distinct letters than this is noise ("xxxx", "hahaha"), whatever its length.
MIN_DISTINCT_LETTERS = 6
# With at least MIN_WORDS words, fewer than this share of them distinct is a repetition ("buy buy buy").
MIN_WORDS = 5
MIN_DISTINCT_WORD_SHARE = 0.5
# A detection less sure than this is no verdict.
MIN_CONFIDENCE = 0.8
# How much of the prior goes to the language Telegram reports (the rest is shared by the others).
PRIOR_WEIGHT = 0.6
# The vote: the latest VOTE_WINDOW verdicts, each worth DECAY times the one after it.
VOTE_WINDOW = 8
DECAY = 0.7
# This many latest verdicts in a row must agree to move a buyer off a language the window supports.
SWITCH_AFTER = 3

# Where a message changes voice: line breaks, and a colon or quotation mark that introduces a quote.
_SEGMENT_BREAK = re.compile(r"[\n\r]+|[:«»“”„\"]")
_WORD = re.compile(r"\w+")


class LanguageDetector:
    def __init__(self, locales: Sequence[str], seed: int = 0) -> None:
        profiles = Path(PROFILES_DIRECTORY)
        self.locales = tuple(loc for loc in locales if (profiles / loc).is_file())
        self._factory = DetectorFactory()
        # Only the shop's languages: langdetect weighs every loaded language at every step, so its
        # 55 profiles made each detection ~4x dearer (and the process ~55 MiB bigger) than these few,
        # for candidates the prior ruled out anyway.
        if len(self.locales) >= 2:  # (with fewer there is nothing to tell apart: judge says None)
            self._factory.load_json_profile([(profiles / loc).read_text("utf-8") for loc in self.locales])
        self._factory.seed = seed  # deterministic: same text, same answer

    def judge(self, text: str | None, language_code: str | None) -> str | None:
        """The locale one message is written in, or None if it is no evidence of the writer's own
        language (see the module docstring)."""
        if not text or len(self.locales) < 2 or not is_normal(text):
            return None
        hint = language_code if language_code in self.locales else None
        segments = [s for s in _SEGMENT_BREAK.split(text) if _letters(s) >= MIN_LETTERS]
        if len(segments) > 1:
            # A quote in another language ("DHL wrote: Sehr geehrte Kundin…") mixes voices: no verdict.
            if len({self._detect(s, hint) for s in segments}) > 1:
                return None
        return self._detect(text, hint)

    def decide(self, verdicts: Sequence[str], current: str) -> str:
        """The buyer's language from their latest ``verdicts`` (oldest first), ``current`` being what
        the bot speaks to them now (Telegram's language_code until their messages tell otherwise)."""
        recent = list(verdicts)[-VOTE_WINDOW:]
        if not recent:
            return current
        votes: dict[str, float] = {}
        for age, locale in enumerate(reversed(recent)):
            votes[locale] = votes.get(locale, 0.0) + DECAY**age
        leader = max(votes, key=lambda locale: votes[locale])
        if leader == current or current not in votes:
            return leader  # nothing the buyer wrote speaks for ``current``: no established language
        latest = recent[-SWITCH_AFTER:]
        if len(latest) == SWITCH_AFTER and all(locale == leader for locale in latest):
            return leader
        return current

    def _detect(self, text: str, hint: str | None) -> str | None:
        detector = self._factory.create()
        detector.append(text)
        detector.set_prior_map(self._prior(hint))
        try:
            candidates = detector.get_probabilities()
        except LangDetectException:
            return None
        if not candidates or candidates[0].prob < MIN_CONFIDENCE:
            return None
        return str(candidates[0].lang)

    def _prior(self, hint: str | None) -> dict[str, float]:
        if hint is None:
            return dict.fromkeys(self.locales, 1.0)
        rest = (1 - PRIOR_WEIGHT) / (len(self.locales) - 1)
        return {loc: PRIOR_WEIGHT if loc == hint else rest for loc in self.locales}


def is_normal(text: str) -> bool:
    """Whether ``text`` looks like a person's own message: enough letters, not pasted, not a repetition."""
    if len(text) > MAX_CHARS or _letters(text) < MIN_LETTERS:
        return False
    if len({ch for ch in text.lower() if ch.isalpha()}) < MIN_DISTINCT_LETTERS:
        return False
    words = _WORD.findall(text.lower())
    return len(words) < MIN_WORDS or len(set(words)) >= MIN_DISTINCT_WORD_SHARE * len(words)


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)
