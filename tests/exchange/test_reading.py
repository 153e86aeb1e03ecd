"""Files as financial systems and Excel write them, read into a header and numbered rows."""

from __future__ import annotations

import datetime
import io

import pytest
from openpyxl import Workbook

from exchange.imports.columns import from_kept, is_known, normalise, propose, shape_of, to_kept
from exchange.imports.ledger import LedgerKind
from exchange.imports.reading import FileProblem, guess_delimiter, read_table

FIELDS = LedgerKind.fields
KNOWN = is_known(FIELDS)

CSV = (
    "Period;Ansvar;Konto;Belopp;Text\n"
    "202502;4711;5010;1 234,50;Lön februari\n"
    "\n"
    "202502;4712;3010;-800,00;Försäljning\n"
)


@pytest.mark.parametrize(
    "content",
    [
        CSV.encode("utf-8"),
        b"\xef\xbb\xbf" + CSV.encode("utf-8"),
        CSV.encode("cp1252"),
        CSV.replace("\n", "\r\n").encode("cp1252"),
    ],
    ids=["utf-8", "utf-8 with BOM", "windows-1252", "windows-1252 CRLF"],
)
def test_a_swedish_excel_csv_in_each_encoding(content: bytes) -> None:
    table = read_table(content, KNOWN)
    assert table.headers == ("Period", "Ansvar", "Konto", "Belopp", "Text")
    assert [row.number for row in table.rows] == [2, 4]  # the empty row is skipped, not renumbered
    assert table.rows[0].cells == ("202502", "4711", "5010", "1 234,50", "Lön februari")


def test_title_rows_above_the_header_are_passed_over() -> None:
    content = (
        "Huvudbok februari 2025\n\nUttaget 2025-03-05;;;\nperiod;ansvar;konto;belopp\n"
        "202502;1;5010;5\n"
    )
    table = read_table(content.encode(), KNOWN)
    assert table.header_row == 4
    assert [r.number for r in table.rows] == [5]


def test_the_delimiter_is_the_one_used_on_every_line() -> None:
    assert guess_delimiter(["a;b;c", "1,5;2,5;3"]) == ";"
    assert guess_delimiter(["a,b,c", "1,2,3"]) == ","
    assert guess_delimiter(["a\tb", "1,5\t2"]) == "\t"


def test_text_that_is_not_a_table_is_refused_in_swedish() -> None:
    with pytest.raises(FileProblem):
        read_table(b"\x81\x8d\x8f\x90\x9d\xff\xfe", KNOWN)
    with pytest.raises(FileProblem):
        read_table(b"PK\x03\x04 not a workbook", KNOWN)
    with pytest.raises(FileProblem):
        read_table(b"\n\n;;\n", KNOWN)


def _xlsx() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Region Jämtland Härjedalen, huvudbok"])
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(["Bokföringsperiod", "Kostnadsställe", "Konto", "Utfall", "Beskrivning"])
    sheet.append([datetime.datetime(2025, 2, 28), 4711, 5010, 1234.5, "Lön"])
    sheet.append([None, None, None, None, None])
    sheet.append(["2025-01", "4712", "3010", -800, None])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_xlsx_with_a_merged_title_row() -> None:
    table = read_table(_xlsx(), KNOWN)
    assert table.header_row == 3
    assert table.rows[0].cells == ("2025-02-28", "4711", "5010", "1234.5", "Lön")
    assert [r.number for r in table.rows] == [4, 6]
    assert table.rows[1].cells[:4] == ("2025-01", "4712", "3010", "-800")


def test_columns_are_proposed_from_swedish_headers() -> None:
    headers = ["Verifikationstext", "Belopp SEK", "Konto", "Ansvar (kod)", "Månad"]
    assert propose(headers, FIELDS) == {
        "period": 4,
        "cost_centre": 3,
        "account": 2,
        "amount": 1,
        "text": 0,
    }
    assert propose(["Kst", "Kontonummer", "Utfall", "Datum"], FIELDS) == {
        "period": 3,
        "cost_centre": 0,
        "account": 1,
        "amount": 2,
        "text": None,
    }


def test_an_exact_header_wins_over_one_that_only_begins_with_the_word() -> None:
    proposed = propose(["Belopp budget", "Belopp", "Period", "Ansvar", "Konto"], FIELDS)
    assert proposed["amount"] == 1


def test_a_kept_mapping_fits_the_same_headers_in_another_order() -> None:
    first = ["A", "Ansvar", "Konto", "Belopp", "Per"]
    kept = to_kept(first, {"period": 4, "cost_centre": 1, "account": 2, "amount": 3, "text": 0})
    second = ["Per", "Belopp", "Konto", "Ansvar", "A"]
    assert shape_of(first) == shape_of(second)
    assert from_kept(second, kept, FIELDS) == {
        "period": 0,
        "cost_centre": 3,
        "account": 2,
        "amount": 1,
        "text": 4,
    }
    assert normalise(" ANSVAR_Kod ") == normalise("Ansvar (kod)") == "ansvar kod"
