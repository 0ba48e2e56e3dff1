from __future__ import annotations

import pytest

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
