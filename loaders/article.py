"""Reading input files into Articles: text files in UTF-8 or Windows-1256, HTML pages,
JSON Lines, directories, with an optional metadata sidecar (``NAME.meta.json``/``.yaml``).

An article's ``id`` is its source name (file stem, or the JSONL ``id``); its
``content_hash`` (of the normalised text) identifies the same text under two names.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import yaml

from .normalize import norm

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")


class ArticleError(Exception):
    """An input that cannot be read; names the file and the reason."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class Article:
    id: str
    text: str
    source: str
    metadata: dict = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(norm(self.text).encode("utf-8")).hexdigest()


def decode(data: bytes, source: str) -> str:
    """UTF-8 when it decodes, else the detected legacy encoding (Arabic sites use cp1256)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "utf_16", "cp720"]).best()
    if best is None:
        raise ArticleError(source, "not text: no encoding (UTF-8, Windows-1256, ISO-8859-6) decodes it")
    return str(best)


def _check_text(text: str, source: str) -> str:
    if not text.strip():
        raise ArticleError(source, "empty: no text")
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    if arabic < 20:
        raise ArticleError(source, "no Arabic text found (is this the right file?)")
    return text


def _sidecar(path: Path) -> dict:
    for suffix in SIDECAR_SUFFIXES:
        side = path.with_name(path.name + suffix)
        if not side.exists():
            side = path.with_name(path.stem + suffix)
        if side.exists():
            try:
                meta = yaml.safe_load(side.read_text(encoding="utf-8")) or {}
            except (yaml.YAMLError, UnicodeDecodeError) as exc:
                raise ArticleError(str(side), f"unreadable metadata sidecar: {exc}") from exc
            if not isinstance(meta, dict):
                raise ArticleError(str(side), "metadata sidecar must be a mapping")
            return meta
    return {}


def html_to_text(html: str, source: str) -> tuple[str, dict]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=True)
    if not text:
        raise ArticleError(source, "HTML page without a main text")
    meta = {}
    doc = trafilatura.extract_metadata(html)
    if doc is not None:
        for key in ("title", "date", "url", "sitename"):
            value = getattr(doc, key, None)
            if value:
                meta["published" if key == "date" else "outlet" if key == "sitename" else key] = value
    return text, meta


def read_file(path: Path) -> Iterator[Article | ArticleError]:
    """The articles in one file (a JSONL file holds many); raises ArticleError for a bad file."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(source, f"cannot read: {exc.strerror or exc}") from exc
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(decode(data, source), source)
        return
    meta = _sidecar(path)
    text = decode(data, source)
    if suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        text, html_meta = html_to_text(text, source)
        meta = {**html_meta, **meta}
    yield Article(id=path.stem, text=_check_text(text, source), source=source, metadata=meta)


def read_jsonl(text: str, source: str) -> Iterator[Article | ArticleError]:
    """One article per line; a bad line is yielded as an error, and the lines after it still count."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source} line {n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ArticleError(where, f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            yield ArticleError(where, 'each line must be an object with a "text" string')
            continue
        art_id = str(row.get("id") or hashlib.sha256(row["text"].encode()).hexdigest()[:16])
        meta = {k: row[k] for k in ("url", "title", "outlet", "published") if row.get(k)}
        try:
            yield Article(id=art_id, text=_check_text(row["text"], where), source=f"{source}#{art_id}", metadata=meta)
        except ArticleError as exc:
            yield exc


def iter_paths(paths: list[Path]) -> Iterator[Path]:
    """Files under the given paths (directories recursively), sidecars left out, sorted."""
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not f.name.startswith(".") and not f.name.endswith(SIDECAR_SUFFIXES):
                    yield f
        else:
            yield p


def read_all(paths: list[Path], on_error) -> Iterator[Article]:
    """Every readable article; each unreadable input goes to ``on_error(ArticleError)``,
    and reading goes on with the others. JSONL errors skip only the bad line."""
    for f in iter_paths(paths):
        if not f.exists():
            on_error(ArticleError(str(f), "no such file or directory"))
            continue
        try:
            items = list(read_file(f))
        except ArticleError as exc:
            on_error(exc)
            continue
        for item in items:
            if isinstance(item, ArticleError):
                on_error(item)
            else:
                yield item
