"""Figures of the code's organisation (issue 10's before/after): modules per package, the largest
files, import cycles among the project's modules (function-level imports included, ``TYPE_CHECKING``
ones not) and the runtime adapters' size.

    python benchmarks/architecture.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "handlers", "locales", "scheduler", "storage")
ADAPTERS = ("bot/aiogram_runtime.py", "bot/ptb_runtime.py")


def strongly_connected(graph: grimp.ImportGraph, modules: set[str]) -> list[set[str]]:
    """Tarjan's algorithm: the groups of modules that import each other, directly or not."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start) & modules)))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child) & modules)))
                    )
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.add(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(group)

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return groups


def main() -> None:
    sys.path.insert(0, str(ROOT))
    graph = grimp.build_graph(*PACKAGES, exclude_type_checking_imports=True)
    modules = {m for m in graph.modules if not m.split(".")[-1][:1].isdigit() and ".migrations." not in m}
    per_package = Counter(m.rsplit(".", 1)[0] if "." in m else m for m in modules)
    print("modules per package:")
    for package, count in sorted(per_package.items()):
        print(f"  {package:32} {count}")
    files = sorted(
        (
            (len(p.read_text(encoding="utf-8").splitlines()), p.relative_to(ROOT))
            for pkg in PACKAGES
            for p in (ROOT / pkg).rglob("*.py")
            if "migrations" not in p.parts
        ),
        reverse=True,
    )
    print("largest files:")
    for lines, path in files[:5]:
        print(f"  {lines:5} {path}")
    cycles = strongly_connected(graph, modules)
    print(f"import cycles: {len(cycles)}")
    for group in cycles:
        print(f"  {len(group)} modules: {' '.join(sorted(group))}")
    for adapter in ADAPTERS:
        lines = len((ROOT / adapter).read_text(encoding="utf-8").splitlines())
        print(f"adapter {adapter}: {lines} lines")


if __name__ == "__main__":
    main()
