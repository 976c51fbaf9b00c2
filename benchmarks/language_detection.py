"""Language detection cost: CPU per judged message and the detector's start-up time and memory, for the
shop's catalog locales.

    python benchmarks/language_detection.py [--messages 400]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handlers.kit.i18n import Translator
from handlers.kit.language import LanguageDetector
from locales import CATALOG_DIR

TEXTS = (
    "message 3 from 1001: is the blue scarf still available?",
    "Здравствуйте, спасибо за шарф! Когда отправите?",
    "Hallo, ich hätte gerne zwei davon, liefern Sie nach Österreich?",
    "Bonjour, est-ce que vous livrez en Belgique avant Noël ?",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=400)
    args = parser.parse_args()
    locales = Translator(CATALOG_DIR).locales
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cpu0 = time.process_time()
    detector = LanguageDetector(locales)
    start_ms = (time.process_time() - cpu0) * 1000
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    cpu0 = time.process_time()
    for n in range(args.messages):
        detector.judge(TEXTS[n % len(TEXTS)], None)
    per_message = (time.process_time() - cpu0) * 1000 / args.messages
    print(f"locales: {', '.join(detector.locales)}")
    print(f"start-up: {start_ms:.0f} ms CPU, +{grown:.0f} MiB peak RSS")
    print(f"judge: {per_message:.2f} ms CPU per message")
    print("verdicts:", ", ".join(f"{detector.judge(t, None)}" for t in TEXTS))


if __name__ == "__main__":
    main()
