# SPDX-License-Identifier: GPL-2.0-or-later
"""Survey files in every encoding a Windows office produces, and files that are no text table."""
from __future__ import annotations

import pytest

from wuqing_eco_plugin.domain.markers.survey_csv import CsvError, decode, read_csv_bytes

TEXT = "点号,X,Y\n界桩甲,4341000.1,495000.4\n"


@pytest.mark.parametrize("data, label", [
    (b"\xff\xfe" + TEXT.encode("utf-16-le"), "UTF-16"),
    (b"\xfe\xff" + TEXT.encode("utf-16-be"), "UTF-16"),
    (TEXT.encode("utf-16-le"), "UTF-16"),  # no byte order mark
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "UTF-8"),
    (TEXT.encode("gbk"), "GBK"),
    ("点号,X,Y\n".encode() + "界桩甲,4341000.1,495000.4\n".encode("gbk"), "UTF-8 + GBK"),
])
def test_each_encoding_reads_back_the_same_text(data, label):
    assert decode(data) == (TEXT, label)


@pytest.mark.parametrize("data, code", [
    (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "workbook"),
    (bytes(range(256)) * 4, "binary"),
])
def test_workbooks_and_binary_files_are_named_as_such(data, code):
    with pytest.raises(CsvError) as err:
        read_csv_bytes(data)
    assert err.value.code == code
