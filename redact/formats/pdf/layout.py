"""Text of a PDF with, for every character, the page and box it came from.

Pages with a usable text layer give their visible glyphs (invisible text, render mode 3, is left
out: apply removes it from every page). Pages without one (scans, text drawn as outlines,
fonts without a Unicode map) are read by OCR; each character then gets the box of its whole
OCR word, so a redaction always covers whole words, and the redaction rectangle is padded by
the OCR line height (word boxes are tight and leave slivers of letters readable).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pymupdf
import regex as re

from ...paths import default_rules_dir
from ...recognizers.name_lexicon import word_set
from . import ocr
from .unlayered import unlayered_words

TEXT_FLAGS = (
    pymupdf.TEXT_PRESERVE_WHITESPACE
    | pymupdf.TEXT_MEDIABOX_CLIP
    | pymupdf.TEXT_ACCURATE_BBOXES
)  # no TEXT_PRESERVE_LIGATURES: "ﬁ" comes out as "f" + "i", each with half the box

PAD_X, PAD_Y = 0.1, 0.15  # OCR padding, fractions of the line height (wider boxes eat the neighbours)
MIN_ALNUM = 40  # fewer visible letters/digits than this on a page mostly covered by images: a scan
GARBLED = 0.3  # more than this share of unreadable characters: the text layer is unusable

Box = tuple[float, float, float, float]


@dataclass
class PdfLayout:
    """Parallel to the document text: `page[i]` and `box[i]` for character i, `line[i]` a line id
    (boxes of one line are merged into one redaction rectangle). Separators get page -1.
    `pad[line]` widens rectangles of OCR lines; `ocr_pages` and `invisible_pages` are 0-based."""

    page: list[int] = field(default_factory=list)
    box: list[Box] = field(default_factory=list)
    line: list[int] = field(default_factory=list)
    pad: dict[int, tuple[float, float]] = field(default_factory=dict)
    ocr_pages: set[int] = field(default_factory=set)
    invisible_pages: set[int] = field(default_factory=set)
    ocr_words: dict[int, list[ocr.OcrWord]] = field(default_factory=dict)
    ocr_lines: set[int] = field(default_factory=set)  # lines read by OCR (their boxes are not shrunk)
    unlayered_pages: set[int] = field(default_factory=set)  # born-digital pages with OCR'd images/outlines

    def add(self, page: int, box: Box, line: int) -> None:
        self.page.append(page)
        self.box.append(box)
        self.line.append(line)

    def rects(self, start: int, end: int) -> list[tuple[int, pymupdf.Rect]]:
        """The rectangles (one per page line) that cover characters start..end."""
        out: list[tuple[int, pymupdf.Rect]] = []
        cur_line, cur_page, rect = None, -1, None

        def close() -> None:
            if rect is not None:
                dx, dy = self.pad.get(cur_line, (0.0, 0.0))
                out.append((cur_page, rect + (-dx, -dy, dx, dy)))

        for i in range(start, min(end, len(self.page))):
            pg = self.page[i]
            if pg < 0:
                continue
            r = pymupdf.Rect(self.box[i])
            if r.is_empty and r.width <= 0:
                continue
            if self.line[i] == cur_line and rect is not None:
                rect |= r
            else:
                close()
                cur_line, cur_page, rect = self.line[i], pg, pymupdf.Rect(r)
        close()
        return out


@dataclass
class Extraction:
    text: str
    layout: PdfLayout
    page_starts: list[int]
    empty_pages: list[int]  # 1-based: nothing to read, not even by OCR
    unreadable: list[str]  # reasons a page could not be read (the file then needs review)


def _visible_chars(page: pymupdf.Page) -> tuple[list[list[dict]], bool]:
    """Lines (lists of rawdict chars) of visible text per block; and whether invisible text exists."""
    raw = page.get_text("rawdict", flags=TEXT_FLAGS, sort=False)
    blocks, invisible = [], False
    for block in raw.get("blocks", []):
        if block.get("type") != 0:
            continue
        lines = []
        for line in block.get("lines", []):
            chars = []
            for span in line.get("spans", []):
                if span.get("alpha", 255) == 0:
                    invisible = True
                    continue
                chars += span.get("chars", [])
            if chars:
                lines.append(chars)
        if lines:
            blocks.append(lines)
    return blocks, invisible


def needs_ocr(page: pymupdf.Page, blocks: list[list[list[dict]]]) -> bool:
    """No usable text layer: no visible letters at all, mostly unmappable glyphs, or an image
    covering most of the page with hardly any text (a scan with a stamp or page number)."""
    chars = [c["c"] for lines in blocks for line in lines for c in line if not c["c"].isspace()]
    alnum = sum(ch.isalnum() for ch in chars)
    if alnum == 0:
        return True
    bad = sum(ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff" for ch in chars)
    if bad > GARBLED * len(chars):
        return True
    if alnum < MIN_ALNUM:
        area = abs(page.rect)
        covered = sum(abs(pymupdf.Rect(i["bbox"]) & page.rect) for i in page.get_image_info())
        return area > 0 and covered > 0.5 * area
    return False


def extract(doc: pymupdf.Document, file_key: str = "", use_ocr: bool = True) -> Extraction:
    """Text, layout, page starts, and the pages that could not be read.

    Lines of one block are joined with the line's own trailing space when it wrapped (so names
    broken over a line read as one), else with a newline; blocks with a blank line."""
    parts: list[str] = []
    lay = PdfLayout()
    page_starts: list[int] = []
    empty_pages: list[int] = []
    unreadable: list[str] = []
    line_id = 0
    n = 0

    def sep(s: str) -> None:
        nonlocal n
        for ch in s:
            parts.append(ch)
            lay.add(-1, (0, 0, 0, 0), -1)
            n += 1

    def emit_lines(pno: int, blocks: list[list[list[tuple[str, Box]]]], pads: list[list[float]] | None) -> bool:
        nonlocal line_id, n
        had_text = False
        for bi, lines in enumerate(blocks):
            if had_text:
                sep("\n\n")
            for li, chars in enumerate(lines):
                if li and lines[li - 1][-1:] != [(JOINED, None)]:
                    prev = parts[-1] if parts else "\n"
                    if prev not in (" ", "\n"):
                        sep("\n")
                line_id += 1
                if pads is not None:
                    h = pads[bi][li]
                    lay.pad[line_id] = (PAD_X * h, PAD_Y * h)
                    lay.ocr_lines.add(line_id)
                for ch, box in chars:
                    if ch == "\u00ad":  # soft hyphen: invisible
                        continue
                    if box is None:
                        sep(ch)
                        continue
                    parts.append(ch)
                    lay.add(pno, box, line_id)
                    n += 1
                    had_text = had_text or not ch.isspace()
        return had_text

    pages: list[tuple[int, list, list[list[float]] | None]] = []  # (page, blocks, OCR line heights)
    unlayered: list[tuple[int, list, list[list[float]]]] = []  # OCR'd images and outlines of born-digital pages
    for pno, page in enumerate(doc):
        blocks, invisible = _visible_chars(page)
        if invisible:
            lay.invisible_pages.add(pno)
        if use_ocr and needs_ocr(page, blocks):
            if ocr.is_blank(page):
                empty_pages.append(pno + 1)
                continue
            lay.ocr_pages.add(pno)
            try:
                words = ocr.ocr_page(page, file_key)
            except ocr.OcrUnavailable as e:
                unreadable.append(f"page {pno + 1} has no usable text layer and cannot be OCR'd: {e}")
                continue
            lay.ocr_words[pno] = words
            if not [w for w in words if w.conf > 0 and any(c.isalnum() for c in w.text)]:
                unreadable.append(f"page {pno + 1}: OCR could not read any text on this image-only page")
                continue
            oblocks, pads = _ocr_blocks(words)
            pages.append((pno, oblocks, pads))
            continue
        tblocks = _soft_wraps([[[(c["c"], tuple(c["bbox"])) for c in line] for line in lines] for lines in blocks])
        pages.append((pno, tblocks, None))
        if use_ocr:
            try:
                extra = unlayered_words(page, [c["bbox"] for lines in blocks for line in lines for c in line])
            except ocr.OcrUnavailable as e:
                unreadable.append(f"page {pno + 1} shows images or drawn text that its text layer does not hold, "
                                  f"and they cannot be read by OCR: {e}")
                extra = []
            if extra:
                lay.unlayered_pages.add(pno)
                unlayered.append((pno, *_ocr_blocks(extra)))
    running = _running_blocks(doc, pages)
    deferred: list[tuple[int, list, list[list[float]] | None]] = []
    for k, (pno, blocks, pads) in enumerate(pages):
        heights = pads or [None] * len(blocks)
        body = [(b, h) for i, (b, h) in enumerate(zip(blocks, heights)) if (pno, i) not in running]
        deferred += [(pno, [b], [h] if pads else None)
                     for i, (b, h) in enumerate(zip(blocks, heights)) if (pno, i) in running]
        if k:
            # a sentence that runs on over the page break reads on, past the running header and footer
            last = next((c for c in reversed(parts) if not c.isspace()), ".")
            sep(" " if last.isalnum() or last in ",(" else "\n\n")
        page_starts.append(n)
        had_text = emit_lines(pno, [b for b, _ in body], [h for _, h in body] if pads else None)
        if not had_text and pads is None and len(body) == len(blocks):
            empty_pages.append(pno + 1)
    for pno, blocks, pads in deferred + unlayered:  # running headers and footers, and words only OCR reads
        sep("\n\n")
        emit_lines(pno, blocks, pads)
    return Extraction("".join(parts), lay, page_starts, empty_pages, unreadable)


RUNNING_ZONE = 0.15  # a running header or footer sits in the top or bottom 15 % of the page


def _running_blocks(doc: pymupdf.Document, pages: list[tuple[int, list, list[list[float]] | None]]
                    ) -> set[tuple[int, int]]:
    """(page, block) of running headers and footers: a block in the top or bottom zone of its page
    whose text (digits aside) recurs in that zone on another page. They are read after the body, so
    that a sentence broken by a page break ("paspoort (nummer ⏎ footer ⏎ header ⏎ EJ4471958)") reads
    as one and context-based recognisers still see the number after its label."""
    if len(pages) < 2:
        return set()
    seen: dict[str, set[int]] = {}
    zone: list[tuple[int, int, str]] = []
    for pno, blocks, _ in pages:
        height = doc[pno].rect.height
        for i, lines in enumerate(blocks):
            boxes = [b for line in lines for _, b in line if b is not None]
            if not boxes:
                continue
            top, bottom = min(b[1] for b in boxes), max(b[3] for b in boxes)
            if bottom < RUNNING_ZONE * height or top > (1 - RUNNING_ZONE) * height:
                key = re.sub(r"\d+", "#", "".join(c for line in lines for c, _ in line)).strip().casefold()
                if key:
                    zone.append((pno, i, key))
                    seen.setdefault(key, set()).add(pno)
    return {(pno, i) for pno, i, key in zone if len(seen[key]) > 1}


NARROW = 0.4  # a column narrower than this share of the text width, with text beside it, is a table cell
JOINED = ""  # marks a line that continues on the next without any separator


def _soft_wraps(blocks: list[list[list[tuple[str, Box | None]]]]) -> list[list[list[tuple[str, Box | None]]]]:
    """End every soft-wrapped line with a space, as word processors do in their text layer (some
    producers leave it out): a name broken over two lines then reads as one. A line wraps when
    the next line's first word would not have fitted at its end — before the page's right margin,
    or in a narrow column (a table cell) before the cell's own right edge — and the next line
    starts under it (not a table's next cell). In a cell, a line broken inside a token continues
    it without a separator ("F-⏎923-PB", "noelle.ramae⏎kers@…", see `_mid_token`). Hard breaks
    (short lines), lines ending in a space and a next line that starts with a field label ("Aan:")
    stay as they are. Horizontal lines only."""
    def words(line: list[tuple[str, Box | None]]) -> list[tuple[str, Box]]:
        return [(c, b) for c, b in line if b is not None and not c.isspace()]

    ends = [ink[-1][1][2] for lines in blocks for line in lines if (ink := words(line))]
    starts = [ink[0][1][0] for lines in blocks for line in lines if (ink := words(line))]
    if not ends:
        return blocks
    page_right, page_width = max(ends), max(ends) - min(starts)
    spans = [(ink[0][1][0], ink[-1][1][2], min(b[1] for _, b in ink), max(b[3] for _, b in ink))
             for lines in blocks for line in lines if (ink := words(line))]

    def in_row(first: Box, last: Box) -> bool:
        """Is there other text beside this line at the same height (another cell of a table row)?"""
        mid = (last[1] + last[3]) / 2
        return any((x0 > last[2] + 2 or x1 < first[0] - 2) and y0 <= mid <= y1 for x0, x1, y0, y1 in spans)

    for lines in blocks:
        for line, nxt in zip(lines, lines[1:]):
            ink, nink = words(line), words(nxt)
            if ink and nink and _double_name_break(ink, nink):
                while line[-1][0].isspace():
                    line.pop()  # "Koolhoven-⏎Ardesch", "Noord-⏎Brabant": one word, wherever the line broke
                line.append((JOINED, None))
                continue
            if not ink or not nink or line[-1][0].isspace() or line[-1][0] == "\u00ad":
                continue
            hyphen = line[-1][0] == "-"
            first, last = ink[0][1], ink[-1][1]
            height = max(b[3] - b[1] for _, b in ink)  # glyph boxes are tight: "." is flat
            if abs(first[3] - last[3]) > 0.6 * height or last[2] <= first[0]:  # not a horizontal line
                continue
            if abs(nink[0][1][0] - first[0]) > 3 * height:  # not under it: a table's next cell, another column
                continue
            # a narrow column (a table cell) wraps at its own right edge ("06-4471⏎2098", "Antoniou,⏎Eleni"):
            # the wider of this line and the next
            col_right = max(last[2], nink[-1][1][2])
            narrow = col_right - first[0] < NARROW * page_width and in_row(first, last)
            if hyphen and not narrow:
                continue  # a hyphenated word or compound in running text keeps its line break
            if narrow and (hyphen or last[2] >= col_right - 3 * height) and _mid_token(line, nxt):
                line.append((JOINED, None))  # the line fills its cell: the cell broke the token there
                continue
            right = col_right if narrow else page_right
            word = "".join(c for c, _ in nxt).strip().split(" ")[0]
            if word.endswith(":"):
                continue
            n = len(word)
            width = nink[min(n, len(nink)) - 1][1][2] - nink[0][1][0]
            if last[2] + 0.25 * height + width > right:
                line.append((" ", None))
    return blocks


def _double_name_break(ink: list[tuple[str, Box]], nink: list[tuple[str, Box]]) -> bool:
    """A line that ends in a letter and a hyphen, and a next line that starts with a capital: a double
    name or a compound place broken over the lines ("Koolhoven-⏎Ardesch")."""
    return len(ink) >= 3 and ink[-1][0] == "-" and ink[-2][0].isalpha() and nink[0][0].isupper()


def _words() -> frozenset[str]:
    """Dutch words (the shipped common-word list, read once per process with the name lexicon's):
    language data, the same for every rules folder."""
    return word_set(default_rules_dir() / "lists" / "common_words.txt")


def _mid_token(line: list[tuple[str, Box | None]], nxt: list[tuple[str, Box | None]]) -> bool:
    """Does a table cell break its line inside one token? Cells break long tokens anywhere:
    "F-⏎923-PB", "noelle.ramae⏎kers@maastr⏎icht.nl", "verkeerskun⏎dige". A word wrap starts the
    next line with a new word ("gezag, alleen⏎via", "Văn⏎Đức"), and digits wrap between groups
    ("06 - 51 94 03⏎27"): those are joined with a space."""
    tail = "".join(c for c, _ in line).split()[-1]
    head = "".join(c for c, _ in nxt).split()[0]
    if tail.endswith("-"):
        return True
    if tail[-1].isdigit() or head[0].isdigit():
        return False  # digit groups wrap between groups, and numbers do not fuse with words
    if any(c in "@." for c in tail[:-1]) or tail[-1] in "@_" or head[0] in "@._" or (
            tail[-1] == "." and head[0].islower()):
        return True  # an e-mail address or a web address (not initials before a name: "C.⏎Girigorie")
    if not head[0].islower():
        return False
    return tail.strip(",;:()").casefold() not in _words()  # "burgemeeste⏎r", not "alleen⏎via"


def _ocr_blocks(words: list[ocr.OcrWord]):
    """OCR words as blocks of lines of (char, box); the box of each character is its word's box,
    spaces between words are separators (box None). Also the line heights, same shape."""
    blocks: list[list[list[tuple[str, Box | None]]]] = []
    pads: list[list[float]] = []
    cur_block, cur_line = None, None
    for w in words:
        if w.line[:1] != cur_block:
            blocks.append([])
            pads.append([])
            cur_block, cur_line = w.line[:1], None
        if w.line != cur_line:
            blocks[-1].append([])
            pads[-1].append(w.line_height)
            cur_line = w.line
        else:
            blocks[-1][-1].append((" ", None))
        blocks[-1][-1] += [(ch, w.rect) for ch in w.text]
        if w.wraps:  # a soft wrap reads as a space, as in a text layer: names broken over lines stay whole
            blocks[-1][-1].append((" ", None))
    return blocks, pads
