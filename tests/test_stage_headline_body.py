"""Headline and body on small pages written for these tests (not from any fixture)."""

from __future__ import annotations

import pytest

import extractor


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (_page("Thứ hai, ngày 02/12/2024", "Giá xăng giảm lần thứ ba liên tiếp", "PV",
               "Chiều nay, liên bộ điều chỉnh giá xăng dầu."), "Giá xăng giảm lần thứ ba liên tiếp"),
        (_page("Mưa lớn gây ngập nhiều tuyến phố ở TP.HCM", "Đoạn văn đầu tiên của bài báo."),
         "Mưa lớn gây ngập nhiều tuyến phố ở TP.HCM"),
        (_page("“Không để ai bị bỏ lại phía sau” trong mùa lũ",
               "Nội dung bài viết về công tác cứu trợ."), "“Không để ai bị bỏ lại phía sau” trong mùa lũ"),
        (_page("Một câu văn kết thúc bằng dấu chấm thì không phải tiêu đề.", "Một đoạn khác."), None),
    ],
)
def test_headline(page, title):
    assert extractor.extract(page).title == title


def test_repeated_headline_is_not_body():
    record = extractor.extract(_page(
        "Khánh thành cầu Hải Đông sau hai năm thi công",
        "Sáng nay, xã Hải Đông đã khánh thành cây cầu mới dài 120 mét.",
        "Khánh thành cầu Hải Đông sau hai năm thi công - ảnh minh họa",
        "Cây cầu giúp hàng nghìn người dân đi lại thuận tiện hơn."))
    assert record.paragraphs == ["Cây cầu giúp hàng nghìn người dân đi lại thuận tiện hơn."]


def test_lead_headings_lists_captions():
    record = extractor.extract(_page(
        "Trường học vùng cao sẵn sàng cho năm học mới",
        "Các trường ở huyện Mường Lát đã hoàn tất sửa chữa phòng học trước ngày khai giảng.",
        "Thiếu giáo viên",
        "Toàn huyện còn thiếu 40 giáo viên tiểu học, chủ yếu ở các điểm trường lẻ.",
        "Các giải pháp gồm:",
        "- Điều động giáo viên từ trường trung tâm;",
        "- Hợp đồng giáo viên mới.",
        "Học sinh điểm trường Pù Nhi trong giờ học. Ảnh: Lê Hoàng",
        "Thầy trò chuẩn bị lớp học mới"))
    assert record.lead.startswith("Các trường ở huyện Mường Lát")
    assert record.paragraphs[0] == "Thiếu giáo viên"
    assert record.paragraphs[-2:] == ["- Điều động giáo viên từ trường trung tâm;",
                                      "- Hợp đồng giáo viên mới."]
    assert record.captions == ["Học sinh điểm trường Pù Nhi trong giờ học. Ảnh: Lê Hoàng",
                               "Thầy trò chuẩn bị lớp học mới"]
    assert [(c.kind, c.name) for c in record.credits] == [("photo", "Lê Hoàng")]


def test_no_title_is_a_problem_not_a_crash():
    record = extractor.extract("một dòng chữ thường.")
    assert record.title is None
    assert {p.code for p in record.problems} >= {"no_title"}
