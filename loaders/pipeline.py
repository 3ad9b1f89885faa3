"""The whole extraction: Article → Document with every layer filled.

The stages run in the order of ``STAGES``; each declares the Document layers it needs and adds
(``stages.stage``), and the order is checked when this module is imported (``assemble``).

>>> from coalition_kg.loaders.article import Article
>>> doc = extract(Article(id="t", source="t", text="اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في روما اليوم، وقال وزير الخارجية الإيطالي لويجي دي مايو إن التحالف قوي."))
>>> [doc.entities[m.city].name_en for m in doc.meetings]
['Rome']
>>> [s.name for s in STAGES]
['split_lines', 'published', 'find_entities', 'find_meetings', 'index_actors', 'find_claims', 'find_pledges', 'find_memberships']
"""
from __future__ import annotations

from . import lexicon as lexmod
from .actors import index_actors
from .article import Article
from .claims import find_claims
from .dates import publication_date
from .document import Document
from .entities import find_entities
from .meetings import find_meetings
from .memberships import find_memberships
from .pledges import find_pledges
from .segment import split_lines
from .stages import assemble, stage


@stage(needs=("kept", "dropped", "dateline"), adds=("published", "published_precision", "published_source"))
def published(doc: Document, lex) -> Document:
    doc.published, doc.published_precision = publication_date(doc, lex)
    return doc


STAGES = assemble([split_lines, published, find_entities, find_meetings, index_actors,
                   find_claims, find_pledges, find_memberships])


def extract(article: Article, lex=None) -> Document:
    lex = lex or lexmod.default()
    doc = Document(article=article)
    for st in STAGES:
        st(doc, lex)
    # the actor index points back at the document: dropped here so that a finished document
    # holds no reference cycle (freed at once, not by the cyclic GC)
    doc.actors = None
    return doc
