"""Extract facts from a short text (shared by the fact tests)."""
from coalition_kg.loaders.article import Article
from coalition_kg.loaders.pipeline import extract
from coalition_kg.loaders.report import article_json


def facts(text: str, id: str = "t") -> dict:
    doc = extract(Article(id=id, source=id, text=text))
    return article_json(doc)
