"""Turning a catalog file's bytes into text, or a precise reason why not."""

from __future__ import annotations

import codecs
from pathlib import Path

from gpucompare.core.issues import CatalogError, Issue
from gpucompare.core.messages import Message

MAX_FILE_BYTES = 256 * 1024 * 1024  # a 100,000-row catalog with sources is ~60 MB

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def read_catalog_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read ``path`` as UTF-8 catalog text; raise :class:`CatalogError` naming the problem."""
    return decode_catalog_bytes(read_catalog_bytes(path, max_bytes), str(path))


def read_catalog_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """Read ``path``'s bytes; raise :class:`CatalogError` if it cannot be read or is too big."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise CatalogError(
                [
                    Issue(
                        name,
                        Message(
                            "file is {size} bytes; the limit is {limit} bytes",
                            size=f"{size:,}",
                            limit=f"{max_bytes:,}",
                        ),
                    )
                ]
            )
        data = path.read_bytes()
    except CatalogError:
        raise
    except IsADirectoryError:
        raise CatalogError([Issue(name, Message("is a folder, not a CSV file"))]) from None
    except FileNotFoundError:
        raise CatalogError([Issue(name, Message("no such file"))]) from None
    except PermissionError:
        raise CatalogError(
            [Issue(name, Message("permission denied: the file cannot be read"))]
        ) from None
    except OSError as error:
        raise CatalogError(
            [Issue(name, Message("cannot be read: {error}", error=str(error.strerror or error)))]
        ) from None
    return data


def decode_catalog_bytes(data: bytes, name: str) -> str:
    """Decode catalog bytes as UTF-8 (a UTF-8 BOM is accepted and dropped)."""
    if not data or data.isspace():
        raise CatalogError([Issue(name, Message("file is empty; expected a CSV header line"))])
    if data.startswith(_UTF16_BOMS):
        raise CatalogError(
            [
                Issue(
                    name,
                    Message(
                        "file is UTF-16/UTF-32 encoded (it starts with that BOM); "
                        "save it as UTF-8 CSV"
                    ),
                )
            ]
        )
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise CatalogError(
            [
                Issue(
                    name,
                    Message("file contains NUL bytes: it looks binary, not a CSV text file"),
                    line,
                )
            ]
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CatalogError([_encoding_issue(data, error, name)]) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # Windows and old Mac line ends
    return text


def _encoding_issue(data: bytes, error: UnicodeDecodeError, name: str) -> Issue:
    line = data.count(b"\n", 0, error.start) + 1
    column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
    bad = data[error.start : error.start + 2]
    hint: Message | str = ""
    try:
        data.decode("gb18030")
        hint = Message(" It looks GBK/GB18030-encoded (common for Chinese Excel files).")
    except UnicodeDecodeError:
        pass
    reason = Message(
        "not valid UTF-8 at character {column} (byte 0x{byte}).{hint} Save the file as UTF-8 CSV.",
        column=f"{column}",
        byte=bad.hex(),
        hint=hint,
    )
    return Issue(name, reason, line)
