"""Generated articles for `SampleSite(scale=N)`: many pages for the crawler benchmark.

Sentences come from a handful of templates filled with varied units, people,
awards and dates, so pages differ in text and length; each carries an
`expect:` block built from the same choices. Deterministic for a given seed.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST_ID = 2_600_000
DISTRICTS = ["Vụ Bản", "Ý Yên", "Nghĩa Hưng", "Nam Trực", "Trực Ninh", "Xuân Trường", "Giao Thủy", "Hải Hậu", "Mỹ Lộc"]
BODIES = [
    "Sở Nội vụ", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Công Thương", "Sở Tài chính", "Cục Thuế tỉnh",
    "Bệnh viện Đa khoa tỉnh", "Trường THPT Lê Quý Đôn", "Trường THPT Hải Hậu A", "Công ty CP May Sông Hồng Xanh",
    "Công ty TNHH Cơ khí Thành Nam", "Hợp tác xã Nông nghiệp Yên Cường",
]
CLUSTERS = ["Cụm thi đua các huyện phía Bắc", "Cụm thi đua các huyện phía Nam", "Khối thi đua các sở, ngành kinh tế",
            "Khối thi đua các đơn vị Văn hóa - Xã hội", "Khối thi đua các doanh nghiệp"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Quang", "Thu", "Hồng"]
GIVEN = ["Hải", "Hằng", "Tùng", "Lợi", "Hương", "Thắng", "Nga", "Khánh", "Phúc", "Thành", "Lan", "Dũng"]
TITLES = ["Phó Chủ tịch UBND tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Nội vụ",
          "Phó Giám đốc Sở Nội vụ, Trưởng ban Thi đua - Khen thưởng tỉnh", "Phó Chủ tịch HĐND tỉnh"]
MOVEMENTS = ["Chung sức xây dựng nông thôn mới", "Vì người nghèo - Không để ai bị bỏ lại phía sau",
             "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", "Doanh nghiệp Việt Nam hội nhập và phát triển",
             "Chung tay xóa nhà tạm, nhà dột nát"]
ORDERS = ["Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Nhất"]
TIMES_OF_DAY = ["Sáng", "Chiều", "Tối"]
SECTIONS = ["tdkt", "tdkt", "thoi-su", "kinh-te", "xa-hoi"]
AUTHORS = ["Thanh Thúy", "Hoàng Long", "Minh Phương", "Văn Đại", "Thu Hà", "Ngọc Ánh"]


def generate(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    kinds = [_pledge, _flag, _order, _launch, _ordinary]
    return [rng.choice(kinds)(rng, FIRST_ID + n) for n in range(count)]


def _person(rng) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _when(rng) -> dt.datetime:
    start = dt.datetime(2016, 1, 4, 7, 0)
    return start + dt.timedelta(days=rng.randrange(0, 3465), minutes=rng.randrange(0, 14 * 60))


def _dateline(rng, when: dt.datetime) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"{rng.choice(TIMES_OF_DAY)} {when.day}/{when.month}"
    if style == 1:
        return f"{rng.choice(TIMES_OF_DAY)} {when.day}-{when.month}"
    return f"Ngày {when.day}/{when.month}"


def _thousands(value: int) -> str:
    """Vietnamese digit grouping: 5.860, not 5,860."""
    return f"{value:,}".replace(",", ".")


def _filler(rng, n: int) -> list[str]:
    figures = [
        f"Tổng giá trị sản xuất ước đạt {_thousands(rng.randrange(1200, 9800))} tỷ đồng, tăng {rng.randrange(5, 12)},{rng.randrange(10)}% so với cùng kỳ.",
        f"Toàn địa phương có {rng.randrange(3, 40)} mô hình, cách làm hay được nhân rộng trong năm.",
        f"Thu ngân sách trên địa bàn vượt {rng.randrange(3, 30)}% dự toán; an ninh chính trị, trật tự an toàn xã hội được giữ vững.",
        f"Công tác cải cách hành chính có chuyển biến, tỷ lệ hồ sơ trực tuyến đạt {rng.randrange(30, 95)}%.",
        f"Các đại biểu đã thảo luận, đề xuất {rng.randrange(3, 12)} nhóm giải pháp cho năm tiếp theo.",
    ]
    rng.shuffle(figures)
    return figures[:n]


def _article(rng, article_id, when, title, lead, body, captions, expect, section=None) -> dict:
    return {
        "id": article_id,
        "section": section or rng.choice(SECTIONS),
        "title": title,
        "lead": lead,
        "published": when.strftime("%Y-%m-%d %H:%M"),
        "author": rng.choice(AUTHORS),
        "body": body,
        "captions": captions,
        "tags": ["thi đua"] if expect.get("relevant") else ["tin tức"],
        "expect": expect,
    }


def _pledge(rng, article_id):
    when, cluster = _when(rng), rng.choice(CLUSTERS)
    year = when.year
    host = rng.choice(DISTRICTS)
    person, title = _person(rng), rng.choice(TITLES)
    day = _dateline(rng, when)
    body = [
        f"Dự hội nghị có đồng chí {person}, {title}.",
        *_filler(rng, rng.randrange(1, 4)),
        f"Các đơn vị thống nhất {rng.randrange(4, 9)} nội dung giao ước, trọng tâm là phong trào \"{rng.choice(MOVEMENTS)}\".",
    ]
    return _article(
        rng, article_id, when,
        f"{cluster} ký kết giao ước thi đua năm {year}",
        f"{day}, tại huyện {host}, {cluster} tổ chức hội nghị ký kết giao ước thi đua năm {year}.",
        body, ["Lãnh đạo các đơn vị ký kết giao ước thi đua."],
        {"relevant": True, "event_type": "ký kết giao ước thi đua", "event_date": when.date().isoformat(),
         "units": [cluster], "officials": [person], "awards": [], "themes": []},
        section="tdkt",
    )


def _flag(rng, article_id):
    when, district = _when(rng), rng.choice(DISTRICTS)
    person = _person(rng)
    day = _dateline(rng, when)
    body = [
        f"Về dự có đồng chí {person}, {rng.choice(TITLES)}.",
        *_filler(rng, rng.randrange(1, 4)),
        f"Thay mặt lãnh đạo tỉnh, đồng chí {person} trao Cờ thi đua của UBND tỉnh cho huyện {district}.",
    ]
    return _article(
        rng, article_id, when,
        f"Huyện {district} đón nhận Cờ thi đua của UBND tỉnh",
        f"{day}, huyện {district} tổ chức lễ đón nhận Cờ thi đua của UBND tỉnh năm {when.year - 1}.",
        body, [f"Đồng chí {person} trao Cờ thi đua cho huyện {district}."],
        {"relevant": True, "event_type": "trao tặng", "event_date": when.date().isoformat(),
         "units": [f"huyện {district}"], "officials": [person],
         "awards": [{"form": "Cờ thi đua của UBND tỉnh", "recipient": f"huyện {district}"}], "themes": []},
    )


def _order(rng, article_id):
    when, unit, order = _when(rng), rng.choice(BODIES), rng.choice(ORDERS)
    person = _person(rng)
    body = [
        *_filler(rng, rng.randrange(1, 3)),
        f"Thừa ủy quyền của Chủ tịch nước, đồng chí {person}, {rng.choice(TITLES)} trao {order} cho {unit}.",
    ]
    return _article(
        rng, article_id, when,
        f"{unit} đón nhận {order}",
        f"{_dateline(rng, when)}, {unit} tổ chức lễ đón nhận {order}.",
        body, [f"Trao {order} cho {unit}."],
        {"relevant": True, "event_type": "trao tặng", "event_date": when.date().isoformat(),
         "units": [unit], "officials": [person], "awards": [{"form": order, "recipient": unit}], "themes": []},
    )


def _launch(rng, article_id):
    when, movement = _when(rng), rng.choice(MOVEMENTS)
    person = _person(rng)
    body = [f"Phát biểu phát động, đồng chí {person} đề nghị các cấp, các ngành cụ thể hóa phong trào bằng chỉ tiêu cụ thể.",
            *_filler(rng, rng.randrange(1, 3))]
    return _article(
        rng, article_id, when,
        f"Phát động phong trào thi đua \"{movement}\"",
        f"{_dateline(rng, when)}, UBND tỉnh tổ chức lễ phát động phong trào thi đua \"{movement}\".",
        body, [],
        {"relevant": True, "event_type": "phát động", "event_date": when.date().isoformat(),
         "units": ["UBND tỉnh"], "officials": [person], "awards": [], "themes": [movement]},
        section="tdkt",
    )


def _ordinary(rng, article_id):
    when, district = _when(rng), rng.choice(DISTRICTS)
    topic = rng.randrange(3)
    if topic == 0:
        title = f"Nông dân {district} thu hoạch lúa vụ {rng.choice(['xuân', 'mùa'])}"
        lead = f"Những ngày này, nông dân huyện {district} khẩn trương thu hoạch lúa, năng suất ước đạt {rng.randrange(55, 75)} tạ/ha."
    elif topic == 1:
        title = f"Mưa lớn diện rộng, đề phòng ngập úng tại {district}"
        lead = f"Từ đêm {when.day}/{when.month}, khu vực huyện {district} có mưa to, lượng mưa phổ biến {rng.randrange(50, 150)} mm."
    else:
        title = f"Cụm công nghiệp tại {district} thu hút thêm {rng.randrange(2, 9)} dự án"
        lead = f"Cụm công nghiệp của huyện {district} vừa đón thêm các nhà đầu tư trong lĩnh vực may mặc, cơ khí."
    return _article(rng, article_id, when, title, lead, _filler(rng, rng.randrange(2, 5)), [],
                    {"relevant": False}, section=rng.choice(["kinh-te", "xa-hoi"]))
