"""Small HTML pieces for the brief; every text is escaped, links are http(s) only.

The body font is DejaVu Sans or Arial, with CJK text falling back to a CJK font: Qt
writes Noto Sans CJK's digits into a PDF without a text mapping, so a brief set in it
shows numbers that cannot be searched or copied.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

BEST_COLOUR = "#dcfce7"
STYLE = """
body { font-family: 'DejaVu Sans', Arial, 'Microsoft YaHei', 'PingFang SC', 'Droid Sans Fallback',
       sans-serif; font-size: 9.5pt;
       color: #111827; }
h1 { font-size: 18pt; color: #0f4c81; margin-bottom: 2pt; }
h2 { font-size: 13pt; color: #0f4c81; margin-top: 14pt; }
h3 { font-size: 11pt; margin-top: 8pt; }
table { border-collapse: collapse; margin-top: 4pt; }
th { background-color: #eef2f7; text-align: left; }
td, th { padding: 3px 6px; border: 1px solid #c8d0db; }
td.num { text-align: right; }
td.best { background-color: #dcfce7; font-weight: bold; }
p.meta { color: #4b5563; }
p.note { color: #4b5563; font-size: 9pt; }
code { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; }
"""


def text(value: object) -> str:
    """Escaped text."""
    return escape(str(value))


def heading(level: int, value: str, anchor: str = "") -> str:
    """``<hN>``; with a page break before second-level headings when ``anchor`` is set."""
    named = f' id="{text(anchor)}"' if anchor else ""
    return f"<h{level}{named}>{text(value)}</h{level}>"


def paragraph(value: str, cls: str = "") -> str:
    """A paragraph of escaped text."""
    named = f' class="{cls}"' if cls else ""
    return f"<p{named}>{text(value)}</p>"


def link(url: str) -> str:
    """A link for http(s) URLs; any other text stays plain."""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{text(url)}">{text(url)}</a>'
    return text(url)


def bullet_list(items: Sequence[str], raw: bool = False) -> str:
    """An unordered list (``raw``: items are markup already)."""
    if not items:
        return ""
    body = "".join(f"<li>{item if raw else text(item)}</li>" for item in items)
    return f"<ul>{body}</ul>"


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    best: Sequence[Sequence[bool]] | None = None,
    numeric_from: int = 1,
) -> str:
    """A bordered table; cells flagged in ``best`` are highlighted and starred."""
    head = "".join(f"<th>{text(h)}</th>" for h in headers)
    body = []
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            is_best = bool(best and best[r][c])
            classes = " ".join(
                name for name, on in (("num", c >= numeric_from), ("best", is_best)) if on
            )
            shown = f"<b>{text(value)} ★</b>" if is_best else text(value)
            colour = f' bgcolor="{BEST_COLOUR}"' if is_best else ""
            cells.append(f'<td class="{classes}"{colour}>{shown}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def formula(label: str, formula_text: str) -> str:
    """A bold label over its formula in monospace."""
    return f"<b>{text(label)}</b><br/><code>{text(formula_text)}</code>"


def image(source: str, caption: str, width: int) -> str:
    """A figure: the image and its caption."""
    return f'<p><img src="{text(source)}" width="{width}" alt="{text(caption)}"/><br/>' + (
        f"<i>{text(caption)}</i></p>"
    )


def document(title: str, body: str, language: str) -> str:
    """A whole HTML document."""
    lang = "zh-CN" if language.startswith("zh") else "en"
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"/>'
        f"<title>{text(title)}</title><style>{STYLE}</style></head>"
        f"<body>{body}</body></html>"
    )
