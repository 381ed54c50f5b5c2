"""The token model: one tokenisation per text, with the line, cell and paragraph of every token."""
from __future__ import annotations

from redact.recognizers.tokens import sentence_window, tokenize


def test_tokens_know_their_line_cell_and_paragraph():
    text = "Naam | Functie\nJ.P. de Vries | beleidsmedewerker\n\nMet v.d. Berg."
    t = tokenize(text)
    words = {tok.text: tok for tok in t.tokens}
    assert words["J.P."].line == words["Vries"].line == 1
    assert words["J.P."].cell == words["Vries"].cell != words["beleidsmedewerker"].cell
    assert words["Naam"].paragraph == words["Vries"].paragraph < words["Berg"].paragraph
    assert "v.d." in words and "|" not in words  # an abbreviated particle is one token; a bar is none


def test_a_text_is_tokenised_once():
    text = "Geachte heer Jansen, dank voor uw brief."
    assert tokenize(text) is tokenize(text)


def test_sentence_windows():
    text = "Er stond een Opel. Het kenteken zag ik niet. Daarna GX-412-B.\n\nNieuwe alinea."
    start = text.index("GX")
    s, e = sentence_window(text, start, start + 8, before=1)
    assert text[s:e] == "Het kenteken zag ik niet. Daarna GX-412-B."
    s, e = sentence_window(text, start, start + 8, before=5, after=5)
    assert "Opel" in text[s:e] and "Nieuwe" not in text[s:e]  # never across a paragraph
