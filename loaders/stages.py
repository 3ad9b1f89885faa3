"""Stages declare what they read from the Document and what they write to it (as spaCy's
components declare ``requires`` and ``assigns``), so the order of the pipeline is checked once,
when it is assembled, instead of failing (or silently reading an empty layer) on some article.

A stage is a function ``(doc, lex) -> doc`` decorated where it is defined::

    @stage(needs=("sentences", "mentions"), adds=("claims",))
    def find_claims(doc, lex): ...

Layer names are the Document's fields (a typo is an error too). ``needs``: layers some earlier
stage must have added; ``adds``: layers this stage writes (creates or changes).

>>> @stage(needs=("sentences",), adds=("mentions",))
... def tag(doc, lex): return doc
>>> [s.name for s in assemble([tag], given=("article", "sentences"))]
['tag']
>>> assemble([tag], given=("article",))
Traceback (most recent call last):
...
coalition_kg.loaders.stages.PipelineError: stage tag needs sentences, which no earlier stage adds
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Callable, Iterable


class PipelineError(Exception):
    """A stage that is not declared, or whose needs no earlier stage adds."""


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable
    needs: tuple[str, ...]
    adds: tuple[str, ...]

    def __call__(self, doc, lex):
        return self.run(doc, lex)


def stage(*, needs: Iterable[str] = (), adds: Iterable[str] = ()):
    """Declare a function ``(doc, lex)`` as a stage (its ``.stage``); the function is unchanged."""
    def wrap(fn):
        fn.stage = Stage(fn.__name__, fn, tuple(needs), tuple(adds))
        return fn
    return wrap


def layers() -> frozenset[str]:
    """The layer names a stage may declare: the Document's public fields."""
    from .document import Document

    return frozenset(f.name for f in fields(Document) if not f.name.startswith("_"))


def assemble(fns: Iterable[Callable], given: Iterable[str] = ("article",)) -> tuple[Stage, ...]:
    """The stages of ``fns`` in order, checked: each is declared, names known layers, and needs
    only layers that ``given`` or an earlier stage adds."""
    known, have, out = layers(), set(given), []
    for fn in fns:
        st = getattr(fn, "stage", None)
        if not isinstance(st, Stage):
            raise PipelineError(f"{getattr(fn, '__name__', fn)!r} is not a declared stage (use @stage)")
        unknown = [n for n in st.needs + st.adds if n not in known]
        if unknown:
            raise PipelineError(f"stage {st.name} names no Document layer: {', '.join(unknown)}")
        missing = [n for n in st.needs if n not in have]
        if missing:
            raise PipelineError(f"stage {st.name} needs {', '.join(missing)}, which no earlier stage adds")
        have.update(st.adds)
        out.append(st)
    return tuple(out)
