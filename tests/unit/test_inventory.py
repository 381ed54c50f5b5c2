"""The Woo inventory list: dates, stable document numbers, csv and xlsx. Data invented."""
from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from redact.cli import main
from redact.findings import Entry
from redact.inventory import COLUMNS, document_date, document_numbers
from tests.builders import make_pdf


def test_document_date_prefers_a_date_line_and_skips_redacted_dates():
    assert document_date("Vergadering van 3 maart 2024\nDatum: 12-04-2024\n") == "2024-04-12"
    assert document_date("Den Haag, 7 sept. 2023\nOnderwerp: zienswijze") == "2023-09-07"
    assert document_date("Ingekomen 2025-01-31, met bijlagen") == "2025-01-31"
    assert document_date("geen datum, alleen 31-02-2024 en zaak 12-3456") == ""
    text = "Geboren op 04-05-1961 te Utrecht. Brief van 9 juni 2022."
    birth = Entry(start=11, end=21, text="04-05-1961", entity="BIRTHDATE", decision="redact")
    assert document_date(text, [birth]) == "2022-06-09"
    assert document_date(text, []) == "1961-05-04"


def test_document_numbers_are_stable_when_files_come_and_go():
    first = document_numbers(["b.pdf", "a.pdf"])
    assert first == {"a.pdf": "0001", "b.pdf": "0002"}
    second = document_numbers(["a.pdf", "aa.pdf", "c.pdf"], first)
    assert second == {"a.pdf": "0001", "aa.pdf": "0003", "c.pdf": "0004"}


def test_batch_writes_csv_and_xlsx_and_keeps_numbers_across_runs(tmp_path):
    inp, out = tmp_path / "in", tmp_path / "out"
    inp.mkdir()
    make_pdf(inp / "b.pdf", ["Datum: 5 november 2024\nMail r.dommelsteijn@voorbeeld.nl"])
    make_pdf(inp / "c.pdf", ["Openbare notitie zonder persoonsgegevens."])
    assert main(["batch", str(inp), "--out", str(out)]) == 0
    rows = list(csv.reader(io.StringIO((out / "inventory.csv").read_text("utf-8"))))
    assert rows[0] == COLUMNS
    assert rows[1][:3] == ["0001", "b.pdf", "2024-11-05"] and rows[1][5] == "Deels openbaar" and rows[1][6] == "5.1.2e"
    assert rows[2][:3] == ["0002", "c.pdf", ""] and rows[2][5] == "Openbaar"
    ws = load_workbook(out / "inventory.xlsx").active
    assert [[c.value for c in r] for r in ws.iter_rows(min_row=1, max_row=1)][0] == COLUMNS
    assert [ws.cell(2, i).value for i in (1, 2, 3)] == ["0001", "b.pdf", "2024-11-05"]

    make_pdf(inp / "a.pdf", ["Nog een notitie."])  # sorts first, but must not renumber the others
    assert main(["batch", str(inp), "--out", str(out)]) == 0
    rows = list(csv.reader(io.StringIO((out / "inventory.csv").read_text("utf-8"))))
    assert {r[1]: r[0] for r in rows[1:]} == {"b.pdf": "0001", "c.pdf": "0002", "a.pdf": "0003"}
