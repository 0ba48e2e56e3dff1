from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor.stages.tables import fit_grid, is_numeric


@pytest.mark.parametrize(
    ("cell", "numeric"),
    [("97%", True), ("1.234.567", True), ("15,4", True), ("0", True), ("–", True),
     ("Năm 2015", False), ("Hà Nội", False), ("(%)", False)],
)
def test_is_numeric(cell, numeric):
    assert is_numeric(cell) is numeric


@pytest.mark.parametrize(
    ("cells", "header", "n_rows"),
    [
        # a header cell split over two lines: "(%)" joins the cell above
        (["Năm", "Tỷ lệ", "(%)", "Số", "Năm 2015", "97%", "3", "Năm 2016", "98%", "4"],
         ["Năm", "Tỷ lệ (%)", "Số"], 2),
        # distinct text row keys, three columns
        (["Tỉnh", "Số hộ", "Kinh phí", "Thanh Hóa", "480", "28,8", "Nghệ An", "1.320", "79,2",
          "Hà Tĩnh", "700", "42"], ["Tỉnh", "Số hộ", "Kinh phí"], 3),
        # two columns
        (["Quận", "Ca mắc", "Ba Đình", "12", "Đống Đa", "30", "Cầu Giấy", "7"],
         ["Quận", "Ca mắc"], 3),
    ],
)
def test_fit_grid(cells, header, n_rows):
    grid = fit_grid(cells)
    assert grid is not None
    got_header, rows, used = grid
    assert got_header == header and len(rows) == n_rows
    assert all(len(r) == len(header) for r in rows) and used == len(cells)


@pytest.mark.parametrize(
    "cells",
    [
        ["Một", "Hai", "Ba", "Bốn", "Năm", "Sáu"],  # no numbers: a list of short lines
        ["A", "B", "X", "1", "X", "2"],  # repeated row key
        ["Năm", "Số", "Năm 2015", "3", "Năm 2016"],  # incomplete
    ],
)
def test_no_grid_invented(cells):
    assert fit_grid(cells) is None


def test_ambiguous_table_stays_text_with_problem():
    lines = ["Bảng số liệu về giá cả thị trường hôm nay", "Đây là đoạn mở đầu của bài báo.",
             "Giá:", "12", "15", "18", "20", "22", "25", "Kết thúc bài viết với một câu hoàn chỉnh."]
    record = extractor.extract("\n\n".join(lines))
    assert record.tables == []
    assert any(p.code == "table_shape_ambiguous" for p in record.problems)


# --- HTML tables -------------------------------------------------------------------------

def _html(body: str) -> str:
    return f"<html><body><h1>Tiêu đề bài báo có bảng số liệu thống kê</h1>{body}</body></html>"


def test_html_table_with_spans_and_two_header_rows():
    import lxml.html

    from extractor.html.tables import header_and_body

    table = lxml.html.fromstring(
        "<table><tr><th rowspan=2>Năm</th><th colspan=2>Lao động tiên tiến</th></tr>"
        "<tr><th>Số người</th><th>(%)</th></tr>"
        "<tr><td>2019</td><td>40</td><td>95</td></tr><tr><td>2020</td><td>42</td><td>97</td></tr>"
        "<tr><td></td><td></td><td></td></tr></table>")
    header, rows = header_and_body(table)
    assert header == ["Năm", "Lao động tiên tiến Số người", "Lao động tiên tiến (%)"]
    assert rows == [["2019", "40", "95"], ["2020", "42", "97"]]


def test_layout_table_is_not_a_data_table():
    import lxml.html

    from extractor.html.content import is_data_table

    photo = lxml.html.fromstring(
        '<table><tr><td><img src="a.jpg"></td></tr><tr><td>Chú thích ảnh dài</td></tr></table>')
    quote = lxml.html.fromstring("<table><tr><td>" + "Một đoạn trích dẫn rất dài. " * 20
                                 + "</td></tr></table>")
    data = lxml.html.fromstring("<table><tr><td>A</td><td>1</td></tr><tr><td>B</td><td>2</td></tr>"
                                "</table>")
    assert not is_data_table(photo) and not is_data_table(quote) and is_data_table(data)


@st.composite
def spanned_grids(draw):
    """A grid of distinct texts with random non-overlapping rectangular merges."""
    n_rows, n_cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            if (r, c) in owner:
                continue
            h = draw(st.integers(1, n_rows - r))
            w = draw(st.integers(1, n_cols - c))
            while any((r + i, c + j) in owner for i in range(h) for j in range(w)):
                h, w = 1, 1
            for i in range(h):
                for j in range(w):
                    owner[(r + i, c + j)] = (r, c)
            spans[(r, c)] = (h, w)
    grid = [[f"ô {owner[(r, c)][0]}-{owner[(r, c)][1]}" for c in range(n_cols)]
            for r in range(n_rows)]
    return grid, spans


@settings(max_examples=150, deadline=None)
@given(spanned_grids())
def test_html_spans_round_trip(case):
    import lxml.html

    from extractor.html.tables import grid as read_grid

    grid, spans = case
    rows_html = []
    for r in range(len(grid)):
        cells = [f'<td rowspan="{h}" colspan="{w}">{grid[r][c]}</td>'
                 for (rr, c), (h, w) in sorted(spans.items()) if rr == r]
        rows_html.append("<tr>" + "".join(cells) + "</tr>")
    table = lxml.html.fromstring("<table>" + "".join(rows_html) + "</table>")
    assert read_grid(table) == grid


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("1.234.567", "number", 1234567, None),
        ("15,4", "number", 15.4, None),
        ("97%", "percent", 97, "%"),
        ("15,4 triệu", "number", 15400000, None),
        ("2,5 tỷ đồng", "money", 2500000000, "đồng"),
        ("–", "empty", None, None),
        ("", "empty", None, None),
        ("1,234.5", "number", 1234.5, None),  # English form
        ("03", "number", 3, None),
        ("-3,2%", "percent", -3.2, "%"),
        ("18/06/2020", "date", "2020-06-18", None),
        ("Năm 2016", "text", "Năm 2016", None),
    ],
)
def test_typed_cells(text, kind, value, unit):
    from extractor.cells import cell

    assert cell(text) == {"kind": kind, "value": value, "unit": unit}


def test_seed_table_column_types(seed_path):
    (table,) = extractor.extract(seed_path).tables
    assert table.column_types == ["text", "percent", "number", "number", "number", "number"]
    assert table.cells[1][1].value == 97 and table.rows[1][1] == "97%"


def test_tables_command_writes_csv(tmp_path, seed_path):
    import csv

    from extractor.cli import main

    assert main(["tables", str(seed_path), "-o", str(tmp_path)]) == 0
    (path,) = tmp_path.glob("*.csv")
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[0][1] == "Lao động tiên tiến (%)" and len(rows) == 6
