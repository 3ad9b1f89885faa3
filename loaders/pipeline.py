"""The whole extraction: Article → Document with every layer filled.

>>> from coalition_kg.loaders.article import Article
>>> doc = extract(Article(id="t", source="t", text="اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في روما اليوم، وقال وزير الخارجية الإيطالي لويجي دي مايو إن التحالف قوي."))
>>> [doc.entities[m.city].name_en for m in doc.meetings]
['Rome']
"""
from __future__ import annotations

from . import lexicon as lexmod
from .article import Article
from .dates import publication_date
from .document import Document
from .entities import find_entities
from .meetings import find_meetings
from .segment import segment

from .claims import find_claims; from .pledges import find_pledges; from .memberships import find_memberships  # noqa: E702,I001
STAGES = [find_claims, find_pledges, find_memberships]  # extra stages (facts) register here: callables (doc, lex) -> doc


def extract(article: Article, lex=None) -> Document:
    lex = lex or lexmod.default()
    doc = segment(article)
    doc.published, doc.published_precision = publication_date(doc, lex)
    find_entities(doc, lex)
    find_meetings(doc, lex)
    for stage in STAGES:
        stage(doc, lex)
    # the stages' shared actor index points back at the document: dropped here so that a
    # finished document holds no reference cycle (freed at once, not by the cyclic GC)
    doc.__dict__.pop("_actors", None)
    return doc
