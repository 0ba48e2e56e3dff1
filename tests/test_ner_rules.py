"""Case tables for the entity rules added for names by shape, addresses, organisation names,
roles and documents. Every sentence was written for these tests; none is taken from the entity
gold set or the fixtures."""

from __future__ import annotations

import pytest

from extractor.ner import entities_of_text


def test_vietnamese_spelling():
    from extractor.ner.proper import vietnamese

    assert [w for w in ["Kim", "Kang", "Khánh", "Kỳ", "Cecil", "Chi", "Quang", "Qatar"]
            if vietnamese(w)] == ["Kim", "Khánh", "Kỳ", "Chi", "Quang"]


def test_common_words_in_either_tone_placement():
    from extractor.ner.lexicon import common_word

    # the shipped word list writes "văn hoá", "thuỷ lợi"; news (and the clean step) "văn hóa"
    assert common_word(["Văn", "Hóa"]) and common_word(["Văn", "Hoá"])
    assert common_word(["Thủy", "Lợi"]) and common_word(["Thuỷ", "Lợi"])
    assert not common_word(["Văn", "Hùng"])


def _names(sentence: str, kind: str) -> list[str]:
    ents = entities_of_text(sentence)
    group = {"PER": ents.people, "ORG": ents.organizations, "LOC": ents.locations}[kind]
    return [m.text for e in group for m in e.mentions]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # stage names and names written given-name first, inside a sentence
        ("Đêm nhạc có sự góp mặt của Mỹ Tâm, Đông Nhi và Hà Anh Tuấn.",
         ["Mỹ Tâm", "Đông Nhi", "Hà Anh Tuấn"]),
        ("Sau trận đấu, HLV cho biết Quang Hải sẽ nghỉ hai tuần.", ["Quang Hải"]),
        # English address words of ads; a given name that is also a body's head, after a cue
        ("Cần bán gấp, liên hệ: Mr. Long 0903 222 111", ["Long"]),
        ("Em gái của anh Khoa vừa đỗ đại học", ["Khoa"]),
        ("Hội đồng Khoa đã họp chiều qua", []),
        # tournaments named after people are events; a holiday's name after a cue is a person
        ("Tay vợt trẻ Nguyễn Văn Phương dừng bước ở vòng hai Roland Garros", ["Nguyễn Văn Phương"]),
        ("Tối nay, diễn viên Quốc Khánh sẽ có mặt tại buổi giao lưu", ["Quốc Khánh"]),
        # one given name after a preposition that takes a person: the person named before;
        # not a direction, a season or a word going on in lowercase
        ("Tòa tuyên phạt 3 năm tù đối với Khải về tội trộm cắp", ["Khải"]),
        ("Số tiền được chuyển cho Hạnh vào sáng hôm sau", ["Hạnh"]),
        ("Gió mùa đông bắc tràn về phía Nam của tỉnh", []),
        ("Bài thơ viết cho Nam triều thời ấy", []),
        # a virus is named, not a person
        ("Thêm hai ca nhiễm virus Nipah được ghi nhận", []),
        # a heading capitalised to its end: a common word, then words that are no names
        ("Bài Mới Nhất", []),
        # a tag or a breadcrumb opens with its own capital
        ("Trang chủ › Giải trí › Sao Hàn", []),
        ("#Sao Việt #Đám cưới #Hậu trường", []),
        ("Ảnh Ngô Thanh Vân mới nhất", ["Ngô Thanh Vân"]),
        # a headline opening with a name made of name words
        ("Thùy Chi bất ngờ trở lại sân khấu sau ba năm", ["Thùy Chi"]),
        # foreign names in Latin script, one word or mixed with a Vietnamese syllable
        ("Tiền đạo Haaland lập cú đúp, còn Mbappe tịt ngòi.", ["Haaland", "Mbappe"]),
        ("Fan phát sốt khi Châu Bùi và Jennie xuất hiện cùng nhau.", ["Châu Bùi", "Jennie"]),
        # a nickname in quotes after a one-word name
        ("Phúc “xo” bị tuyên phạt 20 năm tù.", ["Phúc"]),
        # an address word, any words, then an age or a birth year in brackets
        ("Cháu Bống (6 tuổi, ngụ xã An Phú) bị đuối nước", ["Bống"]),
        ("Bé Na Na (4 tuổi) được xuất viện", ["Na Na"]),
        ("Chị Mơ (SN 1990) cho biết", ["Mơ"]),
        # a kinship word opening the headline is not part of the name
        ("Vợ Tuấn Hưng chia sẻ bí quyết giữ lửa hôn nhân", ["Tuấn Hưng"]),
        # hyphenated romanised names, regnal numbers, initials, abbreviated surnames
        ("Đạo diễn Bong Joon-ho và nữ diễn viên Kim Ji-won dự lễ trao giải.",
         ["Bong Joon-ho", "Kim Ji-won"]),
        ("Quốc vương Harald V tiếp đoàn đại biểu.", ["Harald V"]),
        ("Cháu bé P.T.H (5 tuổi) đã được xuất viện.", ["P.T.H"]),
        ("Bị cáo Trần Văn K. bị tuyên phạt 3 năm tù.", ["Trần Văn K."]),
        ("Danh sách gồm Trịnh Văn Quyết, Lý Ngọc Minh", ["Trịnh Văn Quyết", "Lý Ngọc Minh"]),
        ("Hiệu trưởng Trường THPT Nguyễn Du gặp thầy Nguyễn Văn An.", ["Nguyễn Văn An"]),
        # capitalised common words, English words, products, seasons, Title Case: no person
        ("Hotline hỗ trợ khách hàng hoạt động 24/7.", []),
        ("Samsung ra mắt Galaxy S25 tại Hà Nội.", []),
        ("Nông dân xuống giống vụ Đông Xuân sớm hơn mọi năm.", []),
        ("Top 10 Bài Hát Được Nghe Nhiều Nhất Tuần Qua", []),
        ("Status của cô gây tranh cãi trên mạng.", []),
        ("Giá Xăng Hôm Nay Giảm Mạnh, Tài Xế Vui Mừng", []),
        ("Giá Vàng Tăng Vọt, Lê Thanh Hòa Nói Gì?", ["Lê Thanh Hòa"]),
        ("Các Tỉnh Phía Bắc Tăng Cường Phòng Chống Rét Cho Vật Nuôi", []),
        ("Truyền thông Anh, HLV Pep Guardiola và Arsenal", ["Pep Guardiola"]),
        ("Lễ hội của đồng bào Chăm và tiếng Khmer được giới thiệu.", []),
        ("Chợ hoa Tết Bính Ngọ mở cửa từ hôm nay.", []),
        ("Giảm giá mạnh dịp Black Friday và Chủ Nhật Vàng.", []),
        ("Chủ Nhật Xanh thu hút hàng nghìn tình nguyện viên", []),
        ("Chương trình Shark Tank mùa mới lên sóng.", []),
        ("Khán giả chờ Shark Tank Việt Nam mùa 7.", []),
        ("Tiền vệ người Argentina Lionel Messi ghi bàn.", ["Lionel Messi"]),
        ("Ông ta khai mua của một người tên Tèo.", ["Tèo"]),
        ("Kim Yo-jong ra tuyên bố mới.", ["Kim Yo-jong"]),
        # two words opening a headline, the first a given name; a foreign spelling ("Kang")
        ("Minh Hằng bất ngờ tái xuất màn ảnh", ["Minh Hằng"]),
        ("Kang Daniel tổ chức fan meeting tại Hà Nội", ["Kang Daniel"]),
        ("Người dân viếng Chủ tịch Hồ Chí Minh tại Lăng.", ["Hồ Chí Minh"]),
        # titles of works in quotes or after a work noun, storms: no person
        ("Khán giả chờ đợi phần hai của “Người Phán Xử” và phim Bố Già.", []),
        ("Bão Yagi đổ bộ, siêu bão Haiyan từng gây thiệt hại nặng.", []),
        # a cue written in capitals in the list ("MV"), matched case-insensitively
        ("Nhóm tung MV Ngày Mai Em Đi, fan xếp hàng chờ.", []),
        # goods: a model after its brand, a foreign word a few words after a goods noun
        ("Cần bán Honda Civic đời 2018 màu trắng", []),
        ("Dầu gội trị gàu Selsun giảm giá 30%", []),
        ("Cần bán 500 chậu hoa Dendro nhiều màu", []),
        # an organisation names a person only when a title governs it
        ("Báo Thanh Niên Chủ Nhật ra số đặc biệt", []),
        ("Tổng giám đốc Vingroup Tuấn Anh phát biểu", ["Tuấn Anh"]),
        # capitalised common words and English phrases in menus and headings: no person
        ("Mua sắm Điện Thoại Bạn đọc", []),
        ("Mục Văn Hóa Giải Trí Đời Sống Gia Đình hôm nay", []),
        ("Kênh Youth Live Stream", []),
        ("Tin tức Giáo dục Giới tính cho trẻ", []),
        ("Từ Nhật trở về, anh phải cách ly 14 ngày", []),
        # ... but the next name in a list of names is a name
        ("Chung kết có Hòa Minzy, Tóc Tiên và Đức Phúc", ["Hòa Minzy", "Tóc Tiên", "Đức Phúc"]),
        # a run opening a headline, then what people do: a stage name (not a pronoun)
        ("Bùi Anh Tuấn bất ngờ tái xuất với album mới", ["Bùi Anh Tuấn"]),
        ("Lona Kiều gây sốt với bản cover mới", ["Lona Kiều"]),
        ("Tôi khẳng định sẽ trở lại", []),
        ("JISOO tung MV mới, fan vỡ òa", ["JISOO"]),
        ("T-Ara và Sơn Tùng M-TP gây sốt với bản hit mới", ["Sơn Tùng M-TP"]),
        ("UBND tỉnh tiết lộ kế hoạch mới", []),
        # a lone word before a bracketed group is a member; a foreign first name before a
        # Vietnamese name; a middle name written in lowercase
        ("Sau khi Jin (BTS) nhập ngũ, fan lập nhóm ủng hộ", ["Jin"]),
        ("Khán giả chờ Jimmii Nguyễn trở lại sân khấu", ["Jimmii Nguyễn"]),
        ("Giám đốc Sở Tài chính Lê văn Hùng ký quyết định", ["Lê văn Hùng"]),
        # the first name of a list, before ", <person>" (not a source after "Theo")
        ("Lam Trường, Đan Trường và Cẩm Ly góp mặt", ["Lam Trường", "Đan Trường", "Cẩm Ly"]),
        ("Văn Hậu trở lại tập luyện", ["Văn Hậu"]),
        ("Theo Thanh Niên, Mỹ Tâm sẽ hát mở màn", ["Mỹ Tâm"]),
        # a source opening the sentence: a person by name words, an outlet by a common word
        ("Theo Hoài Linh, chương trình sẽ trở lại", ["Hoài Linh"]),
        ("Theo Ngôi Sao, đêm nhạc đã cháy vé", []),
        # kinship words name a child or a partner; a surname that looks like an honorific
        ("Ca sĩ khoe con gái Suri và bạn trai Kenji", ["Suri", "Kenji"]),
        ("Theo bà Ông Thị Hoa, cán bộ phường, việc đã xong", ["Ông Thị Hoa"]),
        ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", ["Hồ Chí Minh"]),
        # a club or company by what it does
        ("Getafe bổ nhiệm Antonio Conte làm HLV.", ["Antonio Conte"]),
        # a club a team beats or a player joins
        ("Barcelona thắng nhọc Osasuna ở vòng 10", []),
        # a foreign given name and a Vietnamese surname; a transport firm after its cue
        ("Đạo diễn Charlie Nguyễn trở lại với phim mới", ["Charlie Nguyễn"]),
        ("Hành khách đi xe khách Hoàng Long phản ánh chuyện nhồi khách", []),
        # English phrases are no names, nor are goods after their noun
        ("Quảng cáo Fresh Milk Daily trên tivi", []),
        ("Kem dưỡng ẩm Nivea Soft giá 90.000 đồng", []),
        # East Asian family names open a foreign name even when they are English words
        ("Lee Min-ho và Park Shin-hye tái hợp", ["Lee Min-ho", "Park Shin-hye"]),
        # a headline in capitals: read as Title Case, mentions kept as written
        ("BÍ THƯ TỈNH ỦY NGHỆ AN THÁI THANH QUÝ THĂM HỘ NGHÈO Ở XÃ MƯỜNG XÉN",
         ["THÁI THANH QUÝ"]),
        ("Giá Cà Phê Hôm Nay: Vàng Trắng Tây Nguyên Lò Xo Tăng Mạnh", []),
        # after a title in a Title Case line, a function word opens no name
        ("Giám Đốc Công Ty Minh Phát Bị Khởi Tố", []),
        # after two foreign words, a Vietnamese one ends the name ("Từ": from)
        ("Chelsea Chiêu Mộ Thành Công Tiền Vệ Marco Bellini Từ Fiorentina", ["Marco Bellini"]),
        # a foreign name closed by a foreign word is a name in a Title Case line, whatever follows
        # a child's address word opening the sentence: the nickname after it, whatever it spells
        ("Bé Mít khóc nhè khi mẹ đi làm", ["Mít"]),
        ("Bé Cốm, con trai nữ diễn viên, gây sốt", ["Cốm"]),
        ("Elon Musk Thâu Tóm Twitter Với Giá 44 Tỷ USD", ["Elon Musk"]),
        # a Vietnamese word in plain letters that opens a word with the next ends a foreign name
        ("Cựu Tổng Thống Hàn Quốc Lee Myung-bak Ra Tòa Vì Tham Nhũng", ["Lee Myung-bak"]),
        ("Chàng Trai Nhật Bản Kenji Tanaka Mở Tiệm Phở Ở Hà Nội", ["Kenji Tanaka"]),
        # a site's menu: a foreign word between section names is a section, no one
        ("Kinh tế Thị trường Tài chính Genk Bất động sản Du lịch Sức khỏe", []),
        ("Musik", []),
        # a people, in a line set in capitals too
        ("HỌC BỔNG TOÀN PHẦN DÀNH CHO SINH VIÊN VIỆT", []),
        ("Nữ ca sĩ khoe ảnh bên bạn trai Tây ở Paris", []),
        ("LIÊN HỆ QUẢNG CÁO", []),
    ],
)
def test_people_by_shape(sentence, people):
    assert _names(sentence, "PER") == people


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Bán nhà mặt tiền 45 Lê Văn Sỹ, P.13, Q.Phú Nhuận, giá 12 tỷ.",
         ["Lê Văn Sỹ", "P.13", "Q.Phú Nhuận"]),
        ("Văn phòng đặt tại số 8 Hoàng Văn Thụ, phường 4, quận 5, TP. HCM.",
         ["Hoàng Văn Thụ", "phường 4", "quận 5", "TP. HCM"]),
        ("Cho thuê kho xưởng mặt tiền Trường Chinh, P14, Tân Bình.",
         ["Trường Chinh", "P14", "Tân Bình"]),
        ("Ùn tắc kéo dài trên Quốc lộ 5 và QL1A sáng nay.", ["Quốc lộ 5", "QL1A"]),
        ("Khách sạn nằm ở p. Cửa Nam, cách hồ không xa.", ["Cửa Nam"]),
        # regions and rivers keep their generic word; "Trung tâm" is not China
        ("Nắng nóng bao trùm miền Trung và nhiều nước châu Âu.", ["miền Trung", "châu Âu"]),
        ("Trung tâm dự báo cảnh báo lũ trên sông Mã.", ["sông Mã"]),
        ("Du khách đổ về đầm Thị Nại và gành Đá Đĩa.", ["Thị Nại", "Đá Đĩa"]),
        ("Cho thuê căn hộ Sunrise City, nhận phòng tại khách sạn Majestic.",
         ["Sunrise City", "Majestic"]),
        ("Giao tranh ác liệt tại Pokrovsk và ở Kursk.", ["Pokrovsk", "Kursk"]),
        ("Tuyến đường sắt Hà Nội - Lào Cai - Côn Minh được nâng cấp.",
         ["Hà Nội", "Lào Cai", "Côn Minh"]),
        ("Việc Indonesia đàm phán với Malaysia kéo dài.", ["Indonesia", "Malaysia"]),
        ("Festival Biển Nha Trang và Giải Marathon Hà Nội thu hút du khách.", []),
        # languages, English show titles, a clause after a dash, a number in a Title Case line
        ("Trung tâm tuyển sinh cử nhân Pháp văn và lớp tiếng Nhật.", []),
        ("The Voice Việt Nam mùa mới lên sóng.", []),
        ("Sự cố ở Bình Thuận - Không ai bị thương.", ["Bình Thuận"]),
        # abbreviated generic words stay outside ("KCN", "SVĐ"), "H." is a rural district,
        # a river keeps its generic word, a tour names where it goes
        ("Tuyển công nhân làm việc tại KCN Tân Thới Hiệp, Q.12.", ["Tân Thới Hiệp", "Q.12"]),
        ("Bán đất mặt tiền, xã Long Thới, H.Nhà Bè, giá tốt.", ["Long Thới", "H.Nhà Bè"]),
        ("Ô nhiễm nặng trên sông Nhuệ đoạn qua Hà Đông.", ["sông Nhuệ", "Hà Đông"]),
        ("Tour Hạ Long 2N1Đ giá chỉ 1,9 triệu đồng.", ["Hạ Long"]),
        ("Bán nhà đường số 12, P.Bình Trị Đông, giá 5 tỷ", ["đường số 12", "P.Bình Trị Đông"]),
        ("Ông Tư (ngụ ấp 5, xã An Nhơn Tây) cho biết", ["ấp 5", "An Nhơn Tây"]),
        ("Xe tải lật trên Quốc lộ 14.", ["Quốc lộ 14"]),
        ("Bán Nhà Mặt Tiền Quốc Lộ 13, Giá Tốt", ["Quốc Lộ 13"]),
        ("Cho thuê phòng gần Q.7, khu vực P.2 yên tĩnh", ["Q.7", "P.2"]),
        ("Phong tỏa ngõ 34 Hoàng Cầu và hẻm 4m Nguyễn Trãi", ["Hoàng Cầu", "Nguyễn Trãi"]),
        ("Cho thuê căn hộ chung cư HH2 Linh Đàm", ["HH2 Linh Đàm"]),
        ("Mở bán dự án Sun Grand City Park tại Hạ Long", ["Sun Grand City Park", "Hạ Long"]),
        ("Khách đặt tour Tết đi Phú Quốc", ["Phú Quốc"]),
        ("Thông xe cầu Thăng Long 2 vào tháng 9", ["Thăng Long 2"]),
        ("Cháy rừng U Minh Thượng, du khách lên cao nguyên Mộc Châu", ["U Minh Thượng", "Mộc Châu"]),
        # a canal keeps its generic word, like a river; a resettlement area is a place
        ("Nạo vét rạch Bà Bướm và rạch Cầu Sơn trước mùa mưa", ["rạch Bà Bướm", "rạch Cầu Sơn"]),
        ("Hộ dân ven kênh Xóm Mới nhận nhà mới; xem trên kênh VTV1", ["kênh Xóm Mới"]),
        ("Bàn giao nền tại khu tái định cư Tân Hòa cho các hộ dân", ["Tân Hòa"]),
        # a token the segmenter spaces out ("Tp.HCM" -> "Tp. HCM") is still read
        ("Liên hệ văn phòng đại diện (Tp.HCM) để biết thêm.", ["Tp.HCM"]),
        ("Sinh viên học tại cơ sở Thủ Đức của trường", ["Thủ Đức"]),
        ("Mở bán dự án Eco Green Saigon, Q.7", ["Eco Green Saigon", "Q.7"]),
        # streets in property ads by their cue words, and after "tại"/"gần"
        ("Bán nhà MT Cách Mạng Tháng Tám, Q.10, giá 30 tỷ", ["Cách Mạng Tháng Tám", "Q.10"]),
        ("Cho thuê nhà HXH Trần Quang Diệu, 4x18m, 3 lầu", ["Trần Quang Diệu"]),
        ("Phòng trọ gần Nguyễn Văn Cừ, giá sinh viên", ["Nguyễn Văn Cừ"]),
        # in an ad, a name before ", <district>" is a street; in news, a person
        ("Cần bán nhà Hoàng Hoa Thám, Tân Bình, giá 6 tỷ", ["Hoàng Hoa Thám", "Tân Bình"]),
        ("Trần Văn Bình, Hà Nội, vừa bán nhà", ["Hà Nội"]),
        # capitals and Title Case: a district after its generic word, not its government
        ("ĐÀ NẴNG: MƯA LỚN GÂY NGẬP NẶNG TẠI QUẬN HẢI CHÂU", ["ĐÀ NẴNG", "HẢI CHÂU"]),
        ("Bản Tin Sáng: Giá Xăng Giảm Mạnh Từ Chiều Nay", []),
        ("Top 5 Món Ngon 3 Miền Không Thể Bỏ Qua", []),
        # a generic word before a place's name, capitalised by the line, stays outside it
        ("Ùn Tắc Kéo Dài Trên Cầu Long Biên Sau Va Chạm", ["Long Biên"]),
        ("CHÁY LỚN TẠI CHỢ NGUYỄN VĂN TRỖI, NHIỀU KIOT BỊ THIÊU RỤI", ["NGUYỄN VĂN TRỖI"]),
        ("Cầu Vồng Xuất Hiện Sau Mưa, Cầu Thủ Trẻ Ghi Bàn", []),
        # dates are not house numbers; a building and "số" make one, as the sentence goes on
        ("Ngày 15/8 Hà Nội có mưa rào.", ["Hà Nội"]),
        ("Công an khám xét trụ sở số 12 Trần Phú của công ty", ["Trần Phú"]),
        ("Tay vợt số 1 Lê Quang Liêm thắng dễ", []),
        # "cầu" of "yêu cầu" is no bridge
        ("Ông đề nghị yêu cầu Cục kiểm tra lại hồ sơ.", []),
        # after a dateline's place and a dash, a Title Case headline is no stop of a route
        ("Long An – Bắt Giữ Hai Đối Tượng Trộm Chó", ["Long An"]),
        # landmarks the press names without a generic word; a stadium's abbreviation stays outside
        ("Hàng vạn cổ động viên đổ về Mỹ Đình cổ vũ đội tuyển", ["Mỹ Đình"]),
        ("Trận chung kết diễn ra trên SVĐ Mỹ Đình tối nay", ["Mỹ Đình"]),
        ("Du khách leo Yên Tử dịp đầu xuân", ["Yên Tử"]),
        # a known place after its unit, then a foreign name: the place, then the person
        ("Thống đốc tỉnh Phuket Narong Woonsiew đón đoàn khách", ["Phuket"]),
        # a bus route by its two ends
        ("Tuyến BRT Lê Văn Lương - Tố Hữu sẽ kéo dài thêm 3 km", ["Lê Văn Lương", "Tố Hữu"]),
        # the book street by its generic word, glued into one by the segmenter
        ("Hội sách mở tại đường sách Nguyễn Văn Bình đến hết tuần", ["Nguyễn Văn Bình"]),
        # an old village by its generic words
        ("Du khách về làng cổ Phước Tích dịp cuối tuần", ["Phước Tích"]),
        # a milestone's unit before its number is no place's name
        ("Xe tải lật tại Km 15 đèo Prenn sáng nay", ["Prenn"]),
        # a district's code after where one lives ("ngụ", "trú")
        ("Nạn nhân là chị Lan (40 tuổi, ngụ Q.Tân Phú, TP.HCM)", ["Q.Tân Phú", "TP.HCM"]),
        ("Ông Bảy (trú P.5, TP Cà Mau) bị bỏng nặng", ["P.5", "Cà Mau"]),
        # a route's stops listed by dashes next to a known place; a dateline's sentence is not one
        ("Tour châu Âu: Paris - Lucerne - Milan 10 ngày", ["châu Âu", "Paris", "Lucerne", "Milan"]),
        ("Tour Philippines: Manila - Boracay - Cebu", ["Philippines", "Manila", "Boracay", "Cebu"]),
        ("TP.HCM - Messi bất ngờ tới Việt Nam dự sự kiện", ["Việt Nam"]),
        # hamlets by their generic word; a bridge after "nhảy cầu", one word to the segmenter
        ("Lũ cuốn trôi nhà của bà con xóm Bến Đình, xã Hòa Lạc.", ["Bến Đình", "Hòa Lạc"]),
        ("Người dân tổ dân phố Yên Bình góp tiền làm đường.", ["Yên Bình"]),
        ("Thanh niên nhảy cầu Chương Dương được cứu kịp thời.", ["Chương Dương"]),
        # where one goes ("sang", "tới", "dời đô về"): a place, unless a verb reaches a person
        # ("nhắc đến"), a surname opens the run, or it ends a range of names ("từ Pelé đến ...")
        # a number right after "tại" or "ở" is a house's: the street after it, closed or not
        ("Quán cơm ở 25 Lý Tự Trọng mở cửa lại sau Tết", ["Lý Tự Trọng"]),
        # after "tại", a known place then a foreign name: the place, then a person
        ("Đại sứ Úc tại Jakarta Gillian Bird thăm trường học", ["Úc", "Jakarta"]),
        # a city's nickname
        ("Người dân Tây Đô đón Tết trong mưa", ["Tây Đô"]),
        # venues and palaces named after people
        ("Trận chung kết tổ chức tại nhà thi đấu Trịnh Hoài Đức", ["Trịnh Hoài Đức"]),
        # a list of streets after their word goes on to the line's last name
        ("Xe tải bị cấm trên đường Hàm Nghi và Lê Văn Sỹ.", ["Hàm Nghi", "Lê Văn Sỹ"]),
        # after a unit word, a known place then a surname-led name: the place, then a person
        ("Thị trưởng thành phố Cao Hùng Trần Cúc thăm lao động Việt Nam", ["Cao Hùng", "Việt Nam"]),
        ("Đoàn khách tham quan dinh Bảo Đại ở Đà Lạt", ["Bảo Đại", "Đà Lạt"]),
        # an English building word closes a place's name; "Số" before its number names no one
        ("Tầng 3, Tòa nhà Sun Plaza, Mipec Complex, Số 9 Láng Hạ, Hà Nội", ["Láng Hạ", "Hà Nội"]),
        ("Hội thảo diễn ra tại Singapore Expo Center", ["Singapore Expo Center"]),
        ("Đoàn học sinh bay sang Quế Dương dự trại hè", ["Quế Dương"]),
        ("Nhà vua dời đô về Ayutthaya năm 1350", ["Ayutthaya"]),
        ("Chuyến bay từ Đà Nẵng tới Kalibo bị hủy vì bão", ["Đà Nẵng", "Kalibo"]),
        ("Bài hát nhắc đến Jenny, mối tình đầu của anh", []),
        ("Chị gửi lời cảm ơn đến Lê Minh Khôi và gia đình", []),
        ("Từ Pelé đến Maradona, ai cũng từng khoác áo số 10", []),
    ],
)
def test_address_and_place_rules(sentence, places):
    assert _names(sentence, "LOC") == places


@pytest.mark.parametrize(
    ("sentence", "orgs"),
    [
        ("Tòa án nhân dân tỉnh Long An mở phiên xét xử.", ["Tòa án nhân dân tỉnh Long An"]),
        # a school by a lowercase "trường" (and its kind) is named after a person: the name only
        ("Cháu đang học lớp 3 trường Lê Văn Tám ở quận 1.", ["Lê Văn Tám"]),
        ("Học sinh các trường chuyên Trần Phú, Lê Quý Đôn được nghỉ.", ["Trần Phú", "Lê Quý Đôn"]),
        # "sinh trường" glued by the segmenter is no word: the school is still read
        ("Nam sinh trường Trần Đại Nghĩa đoạt huy chương vàng", ["Trần Đại Nghĩa"]),
        ("Giá cả thị trường Hà Nội tăng nhẹ.", []),
        # a known company, then a full name with no title before it: a branch named by its street
        ("Honda Nguyễn Văn Cừ giảm giá xe tay ga cuối năm.", ["Honda Nguyễn Văn Cừ"]),
        ("Chủ tịch Vingroup Phạm Nhật Vượng phát biểu.", ["Vingroup"]),
        # a head that is also a given name, then a word opening a common word: the body, not a person
        ("Trường Trung cấp Nghề Lý Tự Trọng tuyển sinh khóa mới.", ["Trường Trung cấp Nghề Lý Tự Trọng"]),
        ("Công ty chứng khoán Bảo Việt công bố lợi nhuận quý III.",
         ["Công ty chứng khoán Bảo Việt"]),
        ("Sở Văn hóa - thể thao kiểm tra các cơ sở karaoke.", ["Sở Văn hóa - thể thao"]),
        ("Công ty Minh Phát thông báo tuyển dụng kế toán.", ["Công ty Minh Phát"]),
        ("Ông bị khai trừ ra khỏi Đảng vì vi phạm kỷ luật.", ["Đảng"]),
        ("Ngay sau đó, lực lượng Công an đã có mặt kịp thời.", ["Công an"]),
        ("Địa phương kiến nghị Bộ giáo dục và đào tạo sửa quy chế.",
         ["Bộ giáo dục và đào tạo"]),
        ("UBND TP. Đà Nẵng yêu cầu các sở vào cuộc.", ["UBND TP. Đà Nẵng"]),
        ("HPN Việt Nam công bố kế hoạch năm mới.", ["HPN Việt Nam"]),
        ("Thủ môn chia tay Quangninhfc Quảng Ninh sau mùa giải.", ["Quangninhfc Quảng Ninh"]),
        ("Theo Reuters, Apple sẽ mở nhà máy tại Ấn Độ.", ["Reuters", "Apple"]),
        ("GDP Việt Nam tăng 7% trong năm nay.", []),
        # in a Title Case headline capitals end no name: the lexicon's name, or head + 2 words
        ("Bộ Y Tế Yêu Cầu Các Bệnh Viện Tăng Cường Phòng Dịch", ["Bộ Y Tế"]),
        ("Bệnh Viện Thanh Nhàn Cứu Sống Bệnh Nhân Ngừng Tim", ["Bệnh Viện Thanh Nhàn"]),
        ("Ca Sĩ Tổ Chức Liveshow Tại Hà Nội", []),
        ("ĐỘI TUYỂN U22 VIỆT NAM THẮNG ĐẬM LÀO", []),
        ("Bệnh Viện Nhân Dân 115 Quá Tải Bệnh Nhân", ["Bệnh Viện Nhân Dân 115"]),
        ("Cổ phiếu FPT, MWG và HPG tăng mạnh; GDP thì không.", ["FPT", "MWG", "HPG"]),
        ("Lãnh đạo công ty TNHH Tân Á Đại Thành cho biết.", ["công ty TNHH Tân Á Đại Thành"]),
        ("Bộ Tư lệnh Quân khu 7 phối hợp với Sư đoàn 5.", ["Bộ Tư lệnh Quân khu 7", "Sư đoàn 5"]),
        ("Theo Yonhap, cuộc họp diễn ra trong hai ngày.", ["Yonhap"]),
        ("Bộ Tài chính đề nghị Ngân hàng Phát triển Việt Nam (VDB) báo cáo.",
         ["Bộ Tài chính", "Ngân hàng Phát triển Việt Nam", "VDB"]),
        ("Kashiwa Reysol FC thua đậm trước Tokyo FC.", ["Kashiwa Reysol FC", "Tokyo FC"]),
        ("Phó Cục trưởng Cục Quản lý xuất nhập cảnh Lê Văn Bình trả lời.",
         ["Cục Quản lý xuất nhập cảnh"]),
        ("Sở Tài chính cho biết (ảnh minh họa) ngân sách đã được giao.", ["Sở Tài chính"]),
        ("Video được đăng lên YouTube và Facebook.", []),
        ("Facebook bị phạt 5 tỷ USD.", ["Facebook"]),
        ("CLB Thanh Hóa nộp phạt 40 triệu đồng.", ["CLB Thanh Hóa"]),
        ("Trường THCS Lê Lợi (Hà Nội) đạt giải nhất.", ["Trường THCS Lê Lợi"]),
        ("Theo Kyunghyang, vụ việc đang được điều tra.", ["Kyunghyang"]),
        ("Sở Lao động, Thương binh và Xã hội Cà Mau vừa có báo cáo.",
         ["Sở Lao động, Thương binh và Xã hội Cà Mau"]),
        ("Sở Công Thương, Sở Xây dựng và Sở Nội vụ cùng tham gia.",
         ["Sở Công Thương", "Sở Xây dựng", "Sở Nội vụ"]),
        ("Anh làm việc tại Công ty TNHH Bao bì Tân Tiến ở Long An.",
         ["Công ty TNHH Bao bì Tân Tiến"]),
        # a capitalised word that goes on in lowercase, inside a longer name
        ("Công ty CP Chế biến Thực phẩm Sài Gòn Xanh tuyển dụng.",
         ["Công ty CP Chế biến Thực phẩm Sài Gòn Xanh"]),
        ("UBND TP. Đà Nẵng ban hành kế hoạch mới.", ["UBND TP. Đà Nẵng"]),
        # a brand naming its model is a product; a brand before its man is still the company
        ("Cửa hàng nhận đặt trước Samsung Galaxy S26 từ hôm nay.", []),
        ("Khách hàng chờ mua Toyota Veloz Cross bản mới.", []),
        ("Tổng giám đốc Apple Tim Cook đến Hà Nội.", ["Apple"]),
        # shops and firms: a capitalised trade, a cue for transport firms and chains
        ("Nha khoa Hồng Ngọc khai trương cơ sở mới.", ["Nha khoa Hồng Ngọc"]),
        ("Khách quen của Phở Bát Đàn xếp hàng từ sáng.", ["Phở Bát Đàn"]),
        ("Hãng taxi Mai Linh tăng giá cước.", ["Mai Linh"]),
        # a trade before a known brand or an acronym; not inside a company's longer name
        ("Nội thất Hòa Phát giảm giá bàn ghế.", ["Nội thất Hòa Phát"]),
        ("Anh ngữ ILA khai giảng lớp mới.", ["Anh ngữ ILA"]),
        ("Công ty TNHH Thương mại Dịch vụ Vận tải Minh Tâm tuyển tài xế.",
         ["Công ty TNHH Thương mại Dịch vụ Vận tải Minh Tâm"]),
        # a model code after the brand; a verb the segmenter glued to a foreign name
        ("Audi A6 bản mới về đại lý.", []),
        ("Hãng Vietjet mở đường bay mới.", ["Hãng Vietjet"]),
        # a site by its web address; a province's club after a match verb; a country stays a
        # place; an outlet by its kind; a club or company by what it does (a province before a
        # result is its club too)
        ("Theo Zingnews.vn, buổi diễn đã cháy vé.", ["Zingnews.vn"]),
        ("Nam Định cầm hòa Thanh Hóa, Việt Nam thắng Lào.", ["Nam Định", "Thanh Hóa"]),
        ("Tờ Marca cho biết Real đã gửi lời đề nghị.", ["Marca"]),
        ("Kỷ niệm 70 năm chiến thắng Điện Biên Phủ.", []),
        # lowercase words inside a unit's name, when a place, a body or a number follows
        ("Trung tâm Kiểm soát bệnh tật Hà Nội khuyến cáo tiêm vắc xin.",
         ["Trung tâm Kiểm soát bệnh tật Hà Nội"]),
        ("Đội CSGT đường thủy số 3 kiểm tra tàu khách.", ["Đội CSGT đường thủy số 3"]),
        ("Bộ Y tế thi tuyển giám đốc Bệnh viện Bạch Mai.", ["Bộ Y tế", "Bệnh viện Bạch Mai"]),
        # a hotel hiring is the business; a hotel stayed at is a place
        ("Khách sạn Sheraton Hà Nội tuyển nhân viên lễ tân.", ["Khách sạn Sheraton Hà Nội"]),
        ("Đoàn khách nghỉ tại khách sạn Sheraton.", []),
        # a centre or company described in lowercase before its brand
        ("Trung tâm tiếng Hàn Sejong khai giảng lớp mới.", ["Trung tâm tiếng Hàn Sejong"]),
        # clubs after a club prefix; a restaurant by its trade
        ("Văn Hậu khoác áo SC Heerenveen hai mùa.", ["SC Heerenveen"]),
        ("Tiền đạo này ghi 12 bàn trong màu áo Groningen.", ["Groningen"]),
        # a numbered district closes a body's lowercase words
        ("Đại diện Phòng Tài nguyên môi trường quận 5 có mặt.", ["Phòng Tài nguyên môi trường quận 5"]),
        # a shop's brand and the place of its branch
        ("Nha khoa Kim Long Đà Nẵng khai trương cơ sở mới.", ["Nha khoa Kim Long Đà Nẵng"]),
        # a street named with a body's head word is a street
        ("Cháy nhà trên phố Đội Nhân, không có thương vong.", []),
        ("Nhà hàng Sen Tây Hồ khai trương cơ sở mới.", ["Nhà hàng Sen Tây Hồ"]),
        # a company's legal form closes its Latin name
        ("Căn hộ do Phu My Hung Corporation phát triển.", ["Phu My Hung Corporation"]),
        ("Thông báo giải thể VPĐD Kimura Trading Co.Ltd tại TP.HCM.", ["VPĐD Kimura Trading Co.Ltd"]),
        # a head word inside a place's name is no head ("Ban" in "Tây Ban Nha")
        ("Đội tuyển Tây Ban Nha vô địch.", []),
        # a newspaper's name counted in a Title Case line is the common noun
        ("Ba Thanh Niên Giải Cứu Người Bị Nạn Trên Sông", []),
        ("Báo Thanh Niên Tổ Chức Giải Chạy Việt Dã", ["Báo Thanh Niên"]),
        # ... and so is one spelled like a common word inside the line ("tuổi trẻ", youth)
        ("Sức Bật Của Tuổi Trẻ Vùng Cao", []),
        ("Ảnh: Minh Quang/Tuổi Trẻ", ["Tuổi Trẻ"]),
    ],
)
def test_organisation_rules(sentence, orgs):
    assert _names(sentence, "ORG") == orgs


def test_fused_title_organisation_is_listed_without_a_span():
    ents = entities_of_text("Bà Trần Thu Hà, Trưởng phòng KHTC, cho biết kế hoạch đã xong.")
    (person,) = ents.people
    assert (person.title, person.organization) == ("Trưởng phòng", "Phòng KHTC")
    (org,) = ents.organizations
    assert org.name == "Phòng KHTC" and org.mentions == []


def _roles(sentence: str) -> dict[str, list[tuple]]:
    return {p.name: [(r.title, r.organization, r.flags) for r in p.roles]
            for p in entities_of_text(sentence).people}


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        ("Ông Lê Văn Tâm – Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Kon Tum phát biểu.",
         {"Lê Văn Tâm": [("Bí thư", "Tỉnh ủy", []), ("Chủ tịch", "HĐND tỉnh Kon Tum", [])]}),
        ("Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an, dự hội nghị.",
         {"Trần Quốc Tỏ": [("Thượng tướng", None, []), ("Thứ trưởng", "Bộ Công an", [])]}),
        ("Fan bất ngờ khi Rosé (BLACKPINK) đăng ảnh mới.",
         {"Rosé": [(None, "BLACKPINK", [])]}),
        # a prefix title, the name, then "của" and the body
        ("Giám đốc điều hành Lê Minh Tâm của Công ty Sao Mai phát biểu.",
         {"Lê Minh Tâm": [("Giám đốc điều hành", "Công ty Sao Mai", [])]}),
        ("Nam ca sĩ Taeyang - cựu thành viên của nhóm Big Bang ra album.",
         {"Taeyang": [(None, "Big Bang", ["former"])]}),
        ("Jun Phạm, thành viên nhóm nhạc Mây Trắng, ra mắt sách mới.",
         {"Jun Phạm": [(None, "Mây Trắng", [])]}),
        ("Carlo Ancelotti chính thức trở thành HLV Real Madrid.",
         {"Carlo Ancelotti": [("HLV", "Real Madrid", [])]}),
        ("Bộ trưởng tiếp Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam.",
         {"Choi Young Sam": [("Đại sứ", "Hàn Quốc", [])]}),
        ("Phó Chủ tịch UBND tỉnh Hồ Văn Mừng ký quyết định.",
         {"Hồ Văn Mừng": [("Phó Chủ tịch", "UBND tỉnh", ["deputy"])]}),
        # an occupation is no title; the bracketed body is the person's affiliation
        ("Luật sư Trần Văn Tâm (Đoàn Luật sư Hà Nội) cho biết.",
         {"Trần Văn Tâm": [(None, "Đoàn Luật sư Hà Nội", [])]}),
        ("Vua Thái Lan Maha Vajiralongkorn dự lễ.",
         {"Maha Vajiralongkorn": [("Vua", "Thái Lan", [])]}),
        # titles chained before the name, asides, a name in brackets after its title, "kiêm"
        ("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hải Phòng Lê Văn Thành dự lễ.",
         {"Lê Văn Thành": [("Ủy viên", "Bộ Chính trị", []), ("Bí thư", "Thành ủy Hải Phòng", [])]}),
        ("Ông Đỗ Văn Chiến (SN 1962), nguyên Bí thư Tỉnh ủy Tuyên Quang, phát biểu.",
         {"Đỗ Văn Chiến": [("Bí thư", "Tỉnh ủy Tuyên Quang", ["former"])]}),
        ("Ông Lê Văn Hòa, Phó trưởng phòng Cảnh sát kinh tế Công an tỉnh Nam Định, cho biết.",
         {"Lê Văn Hòa": [("Phó trưởng phòng", "Phòng Cảnh sát kinh tế Công an tỉnh Nam Định",
                          ["deputy"])]}),
        ("Giám đốc Sở Xây dựng tỉnh Bắc Giang (ông Nguyễn Văn Phúc) cho biết dự án chậm.",
         {"Nguyễn Văn Phúc": [("Giám đốc", "Sở Xây dựng tỉnh Bắc Giang", [])]}),
        ("Ông Trần Đình Thiên, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty Minh Long, phát biểu.",
         {"Trần Đình Thiên": [("Chủ tịch HĐQT", "Công ty Minh Long", []),
                               ("Tổng giám đốc", "Công ty Minh Long", [])]}),
        ("Phó Thủ tướng Lê Minh Khái làm Trưởng ban Chỉ đạo quốc gia.",
         {"Lê Minh Khái": [("Phó Thủ tướng", None, ["deputy"]),
                           ("Trưởng ban", "Ban Chỉ đạo quốc gia", [])]}),
        # a fused title's unit in lowercase, up to a comma or a bracket naming the holder
        ("Theo bà Lê Thị Hạnh, phó trưởng phòng quản lý đô thị quận 3, công trình sai phép.",
         {"Lê Thị Hạnh": [("Phó trưởng phòng", "Phòng quản lý đô thị quận 3", ["deputy"])]}),
        ("Người bị kỷ luật là trưởng phòng tài nguyên, môi trường và đất đai (ông Vũ Văn Nam).",
         {"Vũ Văn Nam": [("Trưởng phòng", "Phòng tài nguyên, môi trường và đất đai", [])]}),
        # a title governs the body after "của", and both of two bodies joined by "và"
        ("Ông Trần Văn Khoa, CEO của Tiki và Sendo, phát biểu.",
         {"Trần Văn Khoa": [("CEO", "Tiki", []), ("CEO", "Sendo", [])]}),
        # an academic prefix after the comma, a bracketed abbreviation before the name
        ("Giám đốc Bệnh viện Nhi Đồng 1, TS.BS Lê Văn Hùng, cho biết.",
         {"Lê Văn Hùng": [("Giám đốc", "Bệnh viện Nhi Đồng 1", [])]}),
        ("Chủ tịch Hiệp hội Thép Việt Nam (VSA) Nguyễn Văn Sưa kiến nghị.",
         {"Nguyễn Văn Sưa": [("Chủ tịch", "Hiệp hội Thép Việt Nam", [])]}),
        # a country after a title, then "tại": the ambassador's country, not a person
        ("Đại sứ Nhật tại Việt Nam Ito Naoki thăm Huế.",
         {"Ito Naoki": [("Đại sứ", "Nhật", [])]}),
        # a person's name after a body whose name ends in lowercase words
        ("Chánh án TAND tối cao Lê Minh Trí phát biểu.",
         {"Lê Minh Trí": [("Chánh án", "TAND tối cao", [])]}),
        # the office taken, closing the sentence
        ("Hội đồng quản trị bổ nhiệm bà Lê Thị Mai làm Tổng giám đốc",
         {"Lê Thị Mai": [("Tổng giám đốc", None, [])]}),
        # a second title that belongs to the next person is not chained
        ("Dự họp có ông Phan Văn Mãi, Chủ tịch UBND TP, Phó Chủ tịch UBND TP Võ Văn Hoan.",
         {"Phan Văn Mãi": [("Chủ tịch", "UBND TP", [])],
          "Võ Văn Hoan": [("Phó Chủ tịch", "UBND TP", ["deputy"])]}),
        # in apposition, a country or city right after the title is what the title governs
        ("Ông Justin Trudeau, Thủ tướng Canada, phát biểu tại hội nghị.",
         {"Justin Trudeau": [("Thủ tướng", "Canada", [])]}),
        # "tân" (new) before a title is no part of it; "nữ" after "trở thành" does not break it
        ("Tân HLV Arsenal Mikel Arteta ra mắt", {"Mikel Arteta": [("HLV", "Arsenal", [])]}),
        ("Bà Lê Thị Hoa trở thành nữ Giám đốc Sở Y tế đầu tiên",
         {"Lê Thị Hoa": [("Giám đốc", "Sở Y tế", [])]}),
        # a building word in the name after the country ("Park") blocks no one
        ("Thị trưởng Seoul Park Geun-ho thăm Hà Nội",
         {"Park Geun-ho": [("Thị trưởng", "Seoul", [])]}),
        # a title as a label opening the line ("Tổng biên tập: ..."), an office won ("đắc cử")
        ("Tổng giám đốc: ông Phạm Quốc Bảo", {"Phạm Quốc Bảo": [("Tổng giám đốc", None, [])]}),
        ("Ông Emmanuel Macron đắc cử Tổng thống Pháp",
         {"Emmanuel Macron": [("Tổng thống", "Pháp", [])]}),
        # an occupation and a body, or a body alone, in apposition: no title, the body
        ("Thầy Lê Văn Hải, giáo viên Trường THPT Chu Văn An, đạt giải thưởng",
         {"Lê Văn Hải": [(None, "Trường THPT Chu Văn An", [])]}),
        ("Tiến sĩ Trần Thị Lan, Viện Hàn lâm Khoa học xã hội, nhận định",
         {"Trần Thị Lan": [(None, "Viện Hàn lâm Khoa học xã hội", [])]}),
        # a numbered district closes the body's name; the person follows
        ("Chủ tịch UBND quận 3 Trần Văn Bình kiểm tra công trình",
         {"Trần Văn Bình": [("Chủ tịch", "UBND quận 3", [])]}),
        # a title, a one-word company no lexicon knows, then a Vietnamese full name
        ("CEO Zentrix Lê Quốc Bảo chia sẻ tại hội thảo",
         {"Lê Quốc Bảo": [("CEO", "Zentrix", [])]}),
        ("Giám đốc Kilimo Trần Văn Tí cho biết", {"Trần Văn Tí": [("Giám đốc", "Kilimo", [])]}),
        # a title in apposition to the person just named: the words after it are no holder
        ("Ông Lê Văn Tý, trưởng ấp Mỹ Lợi, cho biết nước đã rút",
         {"Lê Văn Tý": [("Trưởng ấp", None, [])]}),
        ("Ông Đỗ Văn Bền, trưởng thôn Cao Lâm, mở loa nhắc người dân",
         {"Đỗ Văn Bền": [("Trưởng thôn", None, [])]}),
        # the holder named before the title: a name after the body is the body's own
        ("Ông Lê Văn Tám, Giám đốc Công ty TNHH Cơ khí Đoàn Kết, cho biết",
         {"Lê Văn Tám": [("Giám đốc", "Công ty TNHH Cơ khí Đoàn Kết", [])]}),
        # an abbreviation the segmenter glued to the surname still ends the body's name
        ("Thứ trưởng Bộ KH&CN Phạm Đại Dương làm việc với tỉnh",
         {"Phạm Đại Dương": [("Thứ trưởng", "Bộ KH&CN", [])]}),
        # an occupation in apposition, maybe with its field and "của", then the body
        ("Chị Trần Thị Mai, công nhân Công ty TNHH May Việt Tiến, cho biết lương chưa tăng",
         {"Trần Thị Mai": [(None, "Công ty TNHH May Việt Tiến", [])]}),
        ("Ông Lê Minh Quân, chuyên gia kinh tế của Viện Nghiên cứu Quản lý kinh tế Trung ương, nhận định",
         {"Lê Minh Quân": [(None, "Viện Nghiên cứu Quản lý kinh tế Trung ương", [])]}),
        ("Em Vũ Hà My, học sinh lớp 11A2 Trường THPT Nguyễn Trãi, đạt giải nhì",
         {"Vũ Hà My": [(None, "Trường THPT Nguyễn Trãi", [])]}),
        ("Cô Lê Thu Hà, giáo viên văn Trường THCS Lê Lợi, chia sẻ kinh nghiệm",
         {"Lê Thu Hà": [(None, "Trường THCS Lê Lợi", [])]}),
        # a title, a place's unit word, then the place
        ("Ông Trương Vĩ, Phó Thị trưởng thành phố Quảng Châu, bị cách chức",
         {"Trương Vĩ": [("Phó Thị trưởng", "Quảng Châu", ["deputy"])]}),
        # a label's title for every name listed after it, also after "|" in a footer
        ("Tổng biên tập: Phan Văn Long | Phó Tổng biên tập: Đỗ Minh Hải, Vũ Thị Lan",
         {"Phan Văn Long": [("Tổng biên tập", None, [])],
          "Đỗ Minh Hải": [("Phó Tổng biên tập", None, ["deputy"])],
          "Vũ Thị Lan": [("Phó Tổng biên tập", None, ["deputy"])]}),
    ],
)
def test_roles(sentence, roles):
    assert _roles(sentence) == roles


def test_main_role_prefers_an_organisation():
    (person,) = entities_of_text("Đại tá Nguyễn Văn Hải, Giám đốc Công an tỉnh Bình Dương, "
                                 "chỉ đạo điều tra.").people
    assert (person.title, person.organization) == ("Giám đốc", "Công an tỉnh Bình Dương")


@pytest.mark.parametrize(
    ("sentence", "number", "issuer", "date"),
    [
        ("Theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.",
         "18-NQ/TW", "NQ/TW", "2017-10-25"),
        ("Bộ Y tế ra công điện khẩn số 12 về phòng dịch.", "12", None, None),
        ("Cơ quan điều tra ra Quyết định khởi tố vụ án số 05/QĐ-CQĐT ngày 3/1/2025.",
         "05/QĐ-CQĐT", "QĐ-CQĐT", "2025-01-03"),
        ("Giấy phép số: 123/GP - BTTTT cấp ngày 10/4/2020.", "123/GP-BTTTT", "GP-BTTTT",
         "2020-04-10"),
        ("Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15 có hiệu lực.", "19/2023/QH15",
         "QH15", None),
        ("Tỉnh ban hành Kế hoạch thực hiện Chỉ thị số 24/CT-TTg ngày 5/8/2024.", "24/CT-TTg",
         "CT-TTg", "2024-08-05"),
        # the short forms news uses for decrees and directives: a bare number
        ("Nhiều tỉnh áp dụng giãn cách theo Chỉ thị 15, từ thứ Hai.", "15", None, None),
        ("Mức phạt theo nghị định 168 tăng mạnh.", "168", None, None),
    ],
)
def test_document_forms(sentence, number, issuer, date):
    (doc,) = entities_of_text(sentence).documents
    assert (doc.number, doc.issuer, doc.date and doc.date.isoformat()) == (number, issuer, date)
    assert doc.mentions[0].text.split()[0].casefold() == doc.type.split()[0].casefold()


def test_lowercase_middle_name_is_capitalised_in_the_name_only():
    (person,) = entities_of_text("Giám đốc Sở Tư pháp Lê văn Hùng ký quyết định.").people
    assert person.name == "Lê Văn Hùng"
    assert [m.text for m in person.mentions] == ["Lê văn Hùng"]
