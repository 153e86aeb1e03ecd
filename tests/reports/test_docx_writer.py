"""The Word writer keeps one part per distinct image, named in order, each with its text."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal

from docx import Document

from followup.chart import Series
from followup.chart_png import line_chart_png
from reports.docx_writer import WordDocument


def _chart(value: int) -> bytes:
    series = [Series("Totalt", [Decimal(value), Decimal(value + 5)], "#1d3f6e", "", "circle")]
    return line_chart_png("Mått", ["DÅ04 2021", "DÅ04 2022"], series)


def test_each_distinct_image_is_stored_once_with_its_alternative_text() -> None:
    writer = WordDocument("Prov")
    charts = [_chart(10), _chart(20), _chart(30)]
    for number, png in enumerate([*charts, charts[0]], start=1):
        writer.image(png, alt_text=f"Diagram {number}")
    content = writer.to_bytes()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        media = sorted(n for n in archive.namelist() if n.startswith("word/media/"))
    assert media == ["word/media/image1.png", "word/media/image2.png", "word/media/image3.png"]
    document = Document(io.BytesIO(content))
    texts = [shape._inline.docPr.get("descr") for shape in document.inline_shapes]
    assert texts == ["Diagram 1", "Diagram 2", "Diagram 3", "Diagram 4"]
    ids = [shape._inline.docPr.get("id") for shape in document.inline_shapes]
    assert len(set(ids)) == len(ids)


def test_column_widths_reach_both_the_cells_and_the_table_grid() -> None:
    word = WordDocument("Bredder")
    word.table(
        ["Risk", "Klass", "Åtgärder"], [["1. En risk", "R4", "Å1 En åtgärd"]], widths_cm=(5, 2, 9)
    )
    table = Document(io.BytesIO(word.to_bytes())).tables[0]
    grid = [round(column.width.cm, 1) for column in table.columns]
    cells = [round(cell.width.cm, 1) for cell in table.rows[1].cells]
    assert grid == cells == [5.0, 2.0, 9.0]
