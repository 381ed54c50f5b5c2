"""Names: the screen on names only the NER model saw, names wrapped over a line, lone first names,
surnames that end like organisations, and propagation over screened guesses. Real rules and lists;
the people are invented.

Mainly redact/decide/model_names.py (the screen on model-only names); some tests go through the
Redactor. Formerly tests/test_names_screening.py."""
from __future__ import annotations

import pytest

from redact.decide import decide
from redact.decide.model_names import SCREENED, plausible_span
from redact.decide.state import DocState
from redact.findings import Finding
from redact.recognizers.names import NameRecognizer


def model(text: str, word: str, start_at: int = 0) -> Finding:
    s = text.index(word, start_at)
    return Finding(start=s, end=s + len(word), entity="PERSON", text=word, score=0.75, source="SpacyRecognizer")


@pytest.mark.parametrize("span", ["Omdat", "Bijlagen", "RDW", "KCC Zaanstad", "Team Handhaving Wonen",
                                  "Toyota Corolla", "Humanitas", "Woningcorporatie Nijestee", "(Vraagwijzer",
                                  "Omgevingsmanager Kust", "Decentrale Voorzieningen", "Nederlands",
                                  "Utrecht", "Den Haag", "Alphen aan den Rijn"])
def test_model_guesses_that_are_not_names_are_screened(lex, span):
    assert plausible_span(span, 0, lex) is None


@pytest.mark.parametrize(("span", "name"), [
    ("Goeie Hylke", "Hylke"),  # a greeting is trimmed off
    ("Tsegaye Woldemichael", "Tsegaye Woldemichael"),  # full names of any origin pass, listed or not
    ("Xiuying Kwabenaso", "Xiuying Kwabenaso"),
    ("van den Akker", "van den Akker"),  # a tussenvoegsel marks a surname
    ("J. Brandeveer", "J. Brandeveer"),  # so do initials
    ("Zwiers-Bolhuis", "Zwiers-Bolhuis"),  # a double surname with a listed part
    ("Sarinah <s.k", "Sarinah"),  # a name stops at a bracket
    ("Groetjes Shanice", "Shanice"),  # so are closings,
    ("hoofdagent Van der Zwaan", "Van der Zwaan"),  # roles
    ("Mr. Brouwer", "Brouwer"),  # and titles
    ("Tahiri schriftelijk", "Tahiri"),  # a name ends before a lower-case word
    ("Sikkema, J.", "Sikkema, J."),  # "Achternaam, Voorletter" stays whole
])
def test_model_names_that_look_like_names_are_kept_as_redactions(lex, span, name):
    got = plausible_span(span, 10, lex)
    assert got is not None and span[got[0] - 10:got[1] - 10] == name


def test_screened_guess_is_a_kept_suggestion_and_a_confirmed_name_still_wins(rules):
    text = "Van: Kromodimedjo, Xiuying\nOmdat het druk was, belde ik.\nXiuying, jij kent de buren."
    doc = DocState(key="a", text=text, findings=[
        Finding(start=5, end=26, entity="PERSON", text="Kromodimedjo, Xiuying", score=0.85, source="NameRecognizer"),
        model(text, "Omdat"),
        # an unlisted single word: screened on the model's word alone, but the e-mail header confirms it
        model(text, "Xiuying", text.index("\nXiuying")),
    ])
    decide([doc], rules)
    omdat = next(e for e in doc.entries if e.text == "Omdat")
    assert omdat.entity == SCREENED and omdat.decision == "keep" and omdat.suggested
    lone = [e for e in doc.entries if e.start == text.index("\nXiuying") + 1]
    assert [(e.decision, e.entity) for e in lone] == [("redact", "PERSON")]


def test_screened_span_does_not_hide_a_rule_based_name_inside_it(rules):
    text = "Aanwezig: Team Wonen Pieter Brandeveer en anderen."
    s = text.index("Team")
    doc = DocState(key="a", text=text, findings=[
        Finding(start=s, end=s + len("Team Wonen Pieter Brandeveer"), entity="PERSON",
                text="Team Wonen Pieter Brandeveer", score=0.75, source="SpacyRecognizer"),
        model(text, "Pieter Brandeveer"),
    ])
    doc.findings[1] = Finding(start=doc.findings[1].start, end=doc.findings[1].end, entity="PERSON",
                              text="Pieter Brandeveer", score=0.85, source="NameRecognizer")
    decide([doc], rules)
    assert any(e.redacted and e.text == "Pieter Brandeveer" for e in doc.entries)


def found(names: NameRecognizer, text: str) -> list[str]:
    return [text[s:e] for s, e, _, ent, _rule in names.find(text) if ent == "PERSON"]


def test_surnames_ending_like_organisations_are_names(names, lex):
    assert not lex.is_org_word("Bolhuis") and not lex.is_org_word("Nijhuis")
    assert lex.is_org_word("Gemeentehuis") and lex.is_org_word("Stadskantoor")
    assert "J. Zwiers-Bolhuis" in found(names, "met de voorzitter, mevrouw J. Zwiers-Bolhuis, en anderen")
    assert "Zwiers-Bolhuis" in found(names, "Mevrouw Zwiers-Bolhuis heeft ons gebeld.")


def test_a_name_wrapped_after_its_tussenvoegsel_is_one_name(names):
    text = "bijgestaan door haar advocaat mr. Van \nOmmeren-Zwart; ook aanwezig"
    assert "Van \nOmmeren-Zwart" in found(names, text)
    # a line that ends in an ordinary "van" does not pull in the next line's organisation
    assert found(names, "Dit is het verslag van\nGemeente Utrecht") == []


@pytest.mark.parametrize(("text", "name"), [
    ("hij heeft de auto verkocht aan een zekere Krystian en de vrijwaring", "Krystian"),
    ("zei een meneer die zich voorstelde als Ruben dat het dossier klaar was", "Ruben"),
])
def test_a_lone_listed_first_name_mid_sentence_is_a_name(names, text, name):
    assert name in found(names, text)


@pytest.mark.parametrize("text", [
    "Zij woont aan de Vincent van Goghweg 208 in Wormerveer.",  # part of a street name
    "Ruben is de naam van het project.",  # sentence start: every word has a capital
    "Het rapport noemt de Mercedes van de buurman.",  # a car make, not a person
])
def test_first_names_inside_other_names_or_at_sentence_start_are_not_lone_names(names, text):
    assert found(names, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Mr. Brouwer verwijst naar het bezwaarschrift.", "Brouwer"),  # the title stays readable
    ("Hoi Emre,\nDank voor het doorsturen.", "Emre"),  # the greeting too
])
def test_titles_and_greetings_stay_outside_the_name(names, text, name):
    assert found(names, text) == [name]


def test_a_place_named_surname_is_not_propagated_where_the_text_speaks_of_the_place(rules):
    text = ("Van: mevrouw T. van Utrecht\nZij woont in Utrecht, 3512 AB Utrecht. Mevrouw Van Utrecht belt.\n"
            "Utrecht, 12 maart 2024\nVerklaring van huisarts Utrecht volgt.")
    s = text.index("T. van Utrecht")
    doc = DocState(key="a", text=text, findings=[
        Finding(start=s, end=s + len("T. van Utrecht"), entity="PERSON", text="T. van Utrecht", score=0.85,
                source="NameRecognizer")])
    decide([doc], rules)
    redacted = {e.start: e.text for e in doc.entries if e.redacted}
    assert redacted.get(text.index("Van Utrecht")) == "Van Utrecht"  # the surname with its particle
    assert redacted.get(text.index("huisarts Utrecht") + 9) == "Utrecht"  # the surname alone, as a person
    for place in ("in Utrecht", "AB Utrecht", "\nUtrecht, 12"):
        assert text.index(place) + place.index("Utrecht") not in redacted, place


@pytest.mark.parametrize(("text", "expected"), [
    ("Aan: Woo-verzoeken <woo@utrecht.nl>", "Aan: Woo-verzoeken <woo@utrecht.nl>"),  # a mailbox's own name
    ("Van: Jansen, Piet <info@jansenbouw.nl>", "Van: [5.1, 2, e] <info@jansenbouw.nl>"),  # a person at info@
    ("Mail wateroverlast@utrecht.nl of bakker@ziggo.nl", "Mail wateroverlast@utrecht.nl of [5.1, 2, e]"),
])
def test_functional_mailboxes_and_their_display_names(text, expected):
    from redact import Redactor

    assert Redactor().redact_text(text) == expected


def test_merged_overlapping_findings_keep_the_absolute_ground(rules):
    """A BSN that another recogniser also flagged with a higher score keeps 5.1.1e."""
    text = "Nummer 111222333 staat op het formulier."
    s = text.index("111222333")
    doc = DocState(key="a", text=text, findings=[
        Finding(start=s, end=s + 9, entity="BSN", text="111222333", score=0.6, source="BsnRecognizer",
                ground="5.1.1e"),
        Finding(start=s, end=s + 9, entity="PHONE", text="111222333", score=0.9, source="PhoneRecognizer"),
    ])
    decide([doc], rules)
    assert [(e.entity, e.ground) for e in doc.entries if e.redacted] == [("BSN", "5.1.1e")]


def test_kept_general_numbers_are_listed_in_the_manifest(rules):
    from redact import Redactor

    text = "Gemeente Ergenshuizen\nStadhuisplein 1\nT 070 333 44 44\n\nBel mij op 06-12345678."
    kept = [e for e in Redactor().decide_text(text) if e.decision == "keep" and e.entity == "SWITCHBOARD"]
    assert [e.text for e in kept] == ["070 333 44 44"] and "kept by policy" in kept[0].reason
