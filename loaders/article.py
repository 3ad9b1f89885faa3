"""Reading input files into Articles: text files in UTF-8 or Windows-1256, HTML pages,
JSON Lines, directories, with an optional metadata sidecar (``NAME.meta.json``/``.yaml``).

An article's ``id`` is its name (file stem, or the JSONL ``id``). Its ``source`` identifies it
for updates and is the same on every machine: the URL when the article has one (sidecar,
JSONL ``url``, HTML canonical URL), else its path relative to the corpus root — the directory
given, or the file's parent when a file is given — in POSIX form (``sub/a.txt``), with
``#ID`` for a JSONL line. Its ``content_hash`` (of the normalised text) identifies the same
text under two sources. ``location`` is where a reader finds it (the path as given, with
the line number), for messages only.

Every problem is an ``ArticleError`` naming the file (and line) and the reason; ``skipped``
marks inputs left out without losing text (symlink loops, a folder reached twice, FIFOs).
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Iterator

import yaml

from .normalize import norm

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES  # what a folder walk reads
# More undecodable bytes than this share of a UTF-8 file and it is refused: a byte or two
# from a bad copy is worth loading (as U+FFFD), a damaged file would give wrong facts.
MAX_UNDECODABLE = 0.01


class ArticleError(Exception):
    """An input that cannot be read (or is left out); names the file, the line and the reason."""

    def __init__(self, source: str, reason: str, *, line: int | None = None, skipped: bool = False):
        where = f"{source} line {line}" if line else source
        super().__init__(f"{where}: {reason}")
        self.source = where
        self.path = source
        self.line = line
        self.reason = reason
        self.skipped = skipped

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "reason": self.reason}


@dataclass
class Article:
    id: str
    text: str
    source: str
    metadata: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    location: str = ""  # the file as given, for messages (never stored: it differs per machine)
    line: int | None = None

    @property
    def where(self) -> str:
        return f"{self.location or self.source} line {self.line}" if self.line else self.location or self.source

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(norm(self.text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Input:
    """A file found under a corpus root: ``path`` to open and show, ``rel`` its identity."""
    path: Path
    rel: str


OnError = Callable[[ArticleError], None]


# --- decoding -------------------------------------------------------------------------------

def decode(data: bytes, source: str, *, legacy: bool = True) -> tuple[str, list[str]]:
    """The text and its warnings: UTF-8 (a few bad bytes become U+FFFD), else, when the
    bytes do not look like UTF-8 at all, the detected legacy encoding (Arabic sites use cp1256)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    raw = data.decode("utf-8", errors="surrogateescape")  # one lone surrogate per bad byte
    bad = sum(1 for ch in raw if "\udc80" <= ch <= "\udcff")
    if not bad:
        return raw, []
    high = sum(1 for b in data if b >= 0x80)
    if high - bad > bad or not legacy:  # valid multi-byte sequences dominate: damaged UTF-8
        return _damaged_utf8(raw, bad, len(data), source)
    return _legacy(data, source, bad), []


def _damaged_utf8(raw: str, bad: int, size: int, source: str) -> tuple[str, list[str]]:
    share = bad / max(size, 1)
    if share > MAX_UNDECODABLE:
        raise ArticleError(source, f"mostly undecodable: {bad} of {size} bytes ({share:.1%}) are not valid "
                                   f"UTF-8, more than the {MAX_UNDECODABLE:.0%} allowed")
    text = "".join("\ufffd" if "\udc80" <= ch <= "\udcff" else ch for ch in raw)
    return text, [f"{bad} undecodable byte{'s' if bad > 1 else ''} replaced by U+FFFD"]


def _legacy(data: bytes, source: str, bad: int) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "utf_16", "cp720"]).best()
    if best is None:
        raise ArticleError(source, f"not text: {bad} of {len(data)} bytes are not UTF-8 and no legacy "
                                   "encoding (Windows-1256, ISO-8859-6) decodes it")
    return str(best)


def _check_text(text: str, source: str, line: int | None = None) -> str:
    if not text.strip():
        raise ArticleError(source, "empty: no text", line=line)
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    if arabic < 20:
        raise ArticleError(source, "no Arabic text found (is this the right file?)", line=line)
    return text


# --- one file -------------------------------------------------------------------------------

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


def read_file(path: Path, rel: str | None = None) -> Iterator[Article | ArticleError]:
    """The articles in one file (a JSONL file holds many); raises ArticleError for a bad file.
    ``rel`` is the file's identity under its corpus root (default: its name)."""
    source, rel = str(path), rel or path.name
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:  # line by line: a 100k-article file is never held whole
            with path.open("rb") as f:
                yield from read_jsonl(f, source, rel)
            return
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(source, f"cannot read: {exc.strerror or exc}") from exc
    meta = _sidecar(path)
    text, warnings = decode(data, source)
    if suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        text, html_meta = html_to_text(text, source)
        meta = {**html_meta, **meta}
    yield Article(id=path.stem, text=_check_text(text, source), source=_identity(meta, rel),
                  metadata=meta, warnings=warnings, location=source)


def _identity(meta: dict, rel: str) -> str:
    """The URL names the article wherever its file sits; else the relative path does."""
    url = meta.get("url")
    return str(url) if url else rel


def read_jsonl(data: bytes | str | Iterable[bytes], source: str, rel: str | None = None) -> Iterator[Article | ArticleError]:
    """One article per line (``data``: the text, or an open binary file read line by line); a bad
    line is yielded as an error, and the lines after it still count. A repeated ``id`` (or URL)
    refuses the later line: the first one keeps the identity."""
    rel = rel or Path(source).name
    if isinstance(data, str):
        data = data.encode("utf-8")
    lines = data.split(b"\n") if isinstance(data, bytes) else data
    first: dict[str, int] = {}
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield _jsonl_article(line, source, rel, n, first)
            except ArticleError as exc:
                yield exc


def _jsonl_article(line: bytes, source: str, rel: str, n: int, first: dict[str, int]) -> Article:
    row, warnings = _jsonl_row(line, source, n)
    art_id = str(row.get("id") or hashlib.sha256(row["text"].encode()).hexdigest()[:16])
    meta = {k: row[k] for k in ("url", "title", "outlet", "published") if row.get(k)}
    _check_text(row["text"], source, n)
    keys = ([f"id {art_id!r}"] if row.get("id") else []) + ([f"url {meta['url']!r}"] if "url" in meta else [])
    for key in keys:
        if key in first:
            raise ArticleError(source, f"repeated {key} (first on line {first[key]}): this line is refused, "
                                       "the first kept", line=n)
    first.update((key, n) for key in keys)  # only a line that loads claims its id
    return Article(id=art_id, text=row["text"], source=_identity(meta, f"{rel}#{art_id}"), metadata=meta,
                   warnings=warnings, location=source, line=n)


def _jsonl_row(line: bytes, source: str, n: int) -> tuple[dict, list[str]]:
    try:  # JSON is UTF-8 (RFC 8259): no legacy guess, and damage is judged line by line
        text, warnings = decode(line, source, legacy=False)
    except ArticleError as exc:
        raise ArticleError(source, exc.reason, line=n) from None
    try:
        row = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(source, f"invalid JSON: {exc.msg}", line=n) from None
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        raise ArticleError(source, 'each line must be an object with a "text" string', line=n)
    return row, warnings


def count_articles(inp: Input) -> int:
    """How many articles a file is expected to hold (JSONL: its non-blank lines), for progress."""
    if inp.path.suffix.lower() not in JSONL_SUFFIXES:
        return 1
    try:
        with open(inp.path, "rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError:
        return 1


# --- finding the files ------------------------------------------------------------------------

def find_inputs(paths: list[Path], on_error: OnError) -> Iterator[Input]:
    """The files under the given paths (directories recursively, sorted; sidecars and hidden
    files left out), each once. Unreadable folders, broken links, symlink loops and special
    files go to ``on_error``, so nothing is left out without a word."""
    given: set[tuple[Path, str]] = set()
    for arg in map(Path, paths):
        for inp in _inputs_of(arg, on_error):
            key = (inp.path.resolve(), inp.rel)
            if key not in given:  # a/b.txt and ./a/b.txt are one input
                given.add(key)
                yield inp


def _inputs_of(arg: Path, on_error: OnError) -> Iterator[Input]:
    try:
        st = os.stat(arg)
    except OSError as exc:
        on_error(_not_a_file(arg, exc))
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _walk(arg, PurePosixPath(), {(st.st_dev, st.st_ino): "."}, {}, on_error)
    elif stat.S_ISREG(st.st_mode):
        yield Input(arg, arg.name)  # a file given by name: its parent is the corpus root
    else:
        on_error(_special(arg))


def _walk(folder: Path, rel: PurePosixPath, ancestors: dict, seen: dict, on_error: OnError) -> Iterator[Input]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        on_error(ArticleError(str(folder), f"unreadable folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name.endswith(SIDECAR_SUFFIXES):
            continue
        path, sub = folder / entry.name, rel / entry.name
        try:
            st = os.stat(path)  # follows symlinks: a linked folder or file is read
        except OSError as exc:
            on_error(_not_a_file(path, exc))
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _subfolder(path, sub, (st.st_dev, st.st_ino), ancestors, seen, on_error)
        elif not stat.S_ISREG(st.st_mode):
            on_error(_special(path))
        elif Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES:
            yield Input(path, sub.as_posix())
        else:  # notes, YAML, images beside the articles; a file given by name is read anyway
            on_error(ArticleError(str(path), f"not an article file type ({', '.join(sorted(ARTICLE_SUFFIXES - {''}))} "
                                             "or no suffix): not read", skipped=True))


def _subfolder(path, sub, key, ancestors, seen, on_error) -> Iterator[Input]:
    if key in ancestors:
        on_error(ArticleError(str(path), f"symlink loop: leads back to {ancestors[key]!r}", skipped=True))
    elif key in seen:
        on_error(ArticleError(str(path), f"same folder as {seen[key]!r}, read once", skipped=True))
    else:
        seen[key] = sub.as_posix()
        yield from _walk(path, sub, {**ancestors, key: sub.as_posix()}, seen, on_error)


def _special(path: Path) -> ArticleError:
    # reading a FIFO would block the build until something writes to it
    return ArticleError(str(path), "not a regular file (FIFO, socket or device): not read", skipped=True)


def _not_a_file(path: Path, exc: OSError | None = None) -> ArticleError:
    if exc is not None and exc.errno == errno.ELOOP:
        return ArticleError(str(path), "symlink loop: the link resolves to itself", skipped=True)
    if path.is_symlink():
        return ArticleError(str(path), f"broken symlink: its target {os.readlink(path)!r} does not exist")
    if exc is not None and exc.errno != errno.ENOENT:
        return ArticleError(str(path), f"cannot read: {exc.strerror or exc}")
    return ArticleError(str(path), "no such file or directory")


# --- reading them -----------------------------------------------------------------------------

def read_inputs(inputs, on_error: OnError) -> Iterator[Article]:
    """Every readable article of the inputs; each bad input or line goes to ``on_error`` and
    reading goes on. Two inputs with one source (same relative path under two roots, same
    URL) would overwrite each other: the later is refused."""
    owner: dict[str, str] = {}
    for inp in inputs:
        for item in _read_one(inp):
            if isinstance(item, Article) and owner.setdefault(item.source, item.where) != item.where:
                item = ArticleError(item.location, f"same source {item.source!r} as {owner[item.source]}: "
                                    "refused (give their common folder instead)", line=item.line)
            if isinstance(item, ArticleError):
                on_error(item)
            else:
                yield item


def _read_one(inp: Input) -> Iterator[Article | ArticleError]:
    try:  # streamed: `build` holds a few articles at a time, however big the file
        yield from read_file(inp.path, inp.rel)
    except ArticleError as exc:
        yield exc


def read_all(paths: list[Path], on_error: OnError) -> Iterator[Article]:
    """Every readable article under the paths; problems go to ``on_error(ArticleError)``."""
    return read_inputs(find_inputs(paths, on_error), on_error)


def iter_paths(paths: list[Path]) -> Iterator[Path]:
    """The files under the given paths (problems ignored): for callers that only list them."""
    return (inp.path for inp in find_inputs(paths, lambda exc: None))
