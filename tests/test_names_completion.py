"""Names caught in part are completed; names next to an age or spelled with letters Dutch does not use
are names; header labels, closed-class words, departments and neighbourhoods are not. Real rules,
real lists, real decide stage (and the real pipeline where noted); every person here is invented."""
from __future__ import annotations

import pytest

from redact import Redactor
from redact.decide import decide
from redact.decide.model_names import plausible_span
from redact.decide.state import DocState
from redact.findings import Finding
from redact.recognizers.name_lexicon import lexicon
from redact.recognizers.names import NameRecognizer
from redact.rules import load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.fixture(scope="module")
def lex(rules):
    return lexicon(rules)


@pytest.fixture(scope="module")
def names(lex):
    return NameRecognizer(lex)


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def found(names: NameRecognizer, text: str) -> set[str]:
    return {text[s:e] for s, e, _, ent in names.find(text) if ent == "PERSON"}


def finding(text: str, part: str, source: str = "SpacyRecognizer", score: float = 0.75) -> Finding:
    s = text.index(part)
    return Finding(start=s, end=s + len(part), entity="PERSON", text=part, score=score, source=source)


def redacted(doc: DocState) -> set[str]:
    return {e.text for e in doc.entries if e.redacted}


# ------------------------------------------------------------------ completion in the decide stage
@pytest.mark.parametrize(("text", "part", "whole"), [
    ("Vũ Thị Hoa beveiliging, Trigion 06 1234 5678", "Thị Hoa", "Vũ Thị Hoa"),  # model caught two of three
    ("Contact: Okwuosa Ngozika Adeyemi belde terug.", "Ngozika Adeyemi", "Okwuosa Ngozika Adeyemi"),
    ("olie op straat Tahiri, K.\nvolgende regel", "Tahiri", "Tahiri, K."),  # initials after the surname
])
def test_a_name_caught_in_part_is_completed(rules, text, part, whole):
    doc = DocState(key="a", text=text, findings=[finding(text, part)])
    decide([doc], rules)
    assert whole in redacted(doc)


@pytest.mark.parametrize(("text", "part"), [
    ("Wethouder Xiuying Kwabenaso opende de vergadering.", "Xiuying Kwabenaso"),  # a role stays outside
    ("Beste Xiuying Kwabenaso, dank voor uw bericht.", "Xiuying Kwabenaso"),  # a greeting too
    ("Steller Xiuying Kwabenaso", "Xiuying Kwabenaso"),  # and a memo's header label
    ("Gemeente Utrecht Xiuying Kwabenaso", "Xiuying Kwabenaso"),  # a place
    ("Het RDW Xiuying Kwabenaso", "Xiuying Kwabenaso"),  # an acronym
])
def test_completion_never_takes_roles_greetings_labels_places_or_acronyms(rules, text, part):
    doc = DocState(key="a", text=text, findings=[finding(text, part)])
    decide([doc], rules)
    assert redacted(doc) == {part}


def test_initials_followed_by_another_name_belong_to_that_name(rules):
    text = "Aanwezig: Tahiri, K. Jansen en anderen"
    doc = DocState(key="a", text=text, findings=[finding(text, "Tahiri", "NameRecognizer", 0.85)])
    decide([doc], rules)
    assert "Tahiri" in redacted(doc) and "Tahiri, K." not in redacted(doc)


def test_a_propagated_surname_is_completed_too(rules):
    text = "De melding kwam van Karim Tahiri.\n1. motorkap open, olie op straat Tahiri, K.\n"
    doc = DocState(key="a", text=text, findings=[finding(text, "Karim Tahiri", "NameRecognizer", 0.85)])
    decide([doc], rules)
    assert {"Karim Tahiri", "Tahiri, K."} <= redacted(doc)


def test_completion_in_the_pipeline_leaves_no_part_readable(redactor):
    out = redactor.redact_text("Naam Organisatie Telefoon\n\nVũ Thị Hoa beveiliging, Trigion 06 3340 8816\n")
    for gone in ("Vũ", "Thị", "Hoa"):
        assert gone not in out
    assert "beveiliging, Trigion" in out


# ------------------------------------------------------------------ new rules
@pytest.mark.parametrize(("text", "name"), [
    ("Vijf jongens, één bekend: Milan, 16 jaar. Adres onbekend.", "Milan"),
    ("De kinderen Noor (4) en Sem (7) waren thuis.", "Noor"),
    ("De kinderen Noor (4) en Sem (7) waren thuis.", "Sem"),
    ("Volgens de 16-jarige Xiuying Kwabenaso was de deur open.", "Xiuying Kwabenaso"),
    ("mevrouw De Vries (45 jaar) belde.", "De Vries"),
])
def test_a_name_next_to_an_age_is_a_name(names, text, name):
    assert name in found(names, text)


@pytest.mark.parametrize("text", ["Groep (8) en Fase (2) volgen later.", "Utrecht (12) won.",
                                  "Artikel 3, 12 jaar na dato."])
def test_an_age_does_not_make_ordinary_words_or_places_names(names, text):
    assert found(names, text) == set()


@pytest.mark.parametrize(("text", "name"), [
    ("Vũ Thị Hoa beveiliging, Trigion", "Vũ Thị Hoa"),
    ("Gisteren belde Łukasz Wiśniewski over de schade.", "Łukasz Wiśniewski"),
    ("Aangifte door Ayşegül Doğanay bij de balie.", "Ayşegül Doğanay"),
    ("Aanvraag van Jiří Dvořák ontvangen.", "Jiří Dvořák"),
])
def test_names_spelled_with_letters_dutch_does_not_use_are_names(names, text, name):
    assert name in found(names, text)


@pytest.mark.parametrize("text", ["Opvanglocatie It Skûtsje in Fryslân.", "De Škoda Octavia stond er.",
                                  "Een vlucht naar Gdańsk vanaf Eindhoven."])
def test_frisian_letters_car_makes_and_single_foreign_words_are_no_names(names, text):
    assert found(names, text) == set()


# ------------------------------------------------------------------ screening of model-only spans
@pytest.mark.parametrize(("span", "name"), [
    ("Steller Evelien Brandeveer", "Evelien Brandeveer"),  # a header label is trimmed
    ("Xiuying Kwabenaso Telefoon", "Xiuying Kwabenaso"),  # a name ends before a header word
])
def test_model_spans_lose_labels_and_header_words(lex, span, name):
    got = plausible_span(span, 0, lex)
    assert got is not None and span[got[0]:got[1]] == name


@pytest.mark.parametrize("span", ["Rol Telefoon", "Kruidenwijk", "Inkomensondersteuning", "Team Jeugdhulp"])
def test_table_headers_neighbourhoods_and_departments_are_screened(lex, span):
    assert plausible_span(span, 0, lex) is None


def test_a_department_after_a_role_is_no_name(names):
    assert found(names, "teamleider Inkomensondersteuning\nSociaal Domein") == set()
