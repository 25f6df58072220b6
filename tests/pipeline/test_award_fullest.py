"""The fullest written form of a conferrer."""

from thidua.models import Award
from pipeline.awards.fullest import fullest_conferrers


def conferrer(short, text):
    return fullest_conferrers([Award(form="Bằng khen", recipient="Trường THCS Lý Tự Trọng", conferrer=short)], text)[0].conferrer


def test_a_place_written_after_the_office_elsewhere_widens_it():
    text = "Chủ tịch UBND tỉnh Thanh Hóa ký quyết định. Bằng khen của Chủ tịch UBND tỉnh được trao cho trường."
    assert conferrer("Chủ tịch UBND tỉnh", text) == "Chủ tịch UBND tỉnh Thanh Hóa"


def test_the_state_named_in_full():
    text = "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam đã tặng Huân chương Lao động hạng Ba."
    assert conferrer("Chủ tịch nước", text) == "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam"


def test_the_office_holder_is_never_added():
    text = "Chủ tịch nước Nguyễn Văn Hòa Bình trao Huân chương. Chủ tịch UBND tỉnh Lê Văn Sáu phát biểu."
    assert conferrer("Chủ tịch nước", text) == "Chủ tịch nước"
    assert conferrer("Chủ tịch UBND tỉnh", text) == "Chủ tịch UBND tỉnh"
