"""The format comes from the bytes, never from the name."""

from __future__ import annotations

import struct

import pytest

from headshot_desktop.intake import sniff as s
from tests.unit.intake import corpus


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body + b"\x00" * 32


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (corpus.jpeg(), s.JPEG),
        (corpus.png(), s.PNG),
        (corpus.animated_gif(), s.GIF),
        (corpus.encoded(corpus.photo(), "WEBP"), s.WEBP),
        (corpus.encoded(corpus.photo(), "TIFF"), s.TIFF),
        (corpus.encoded(corpus.photo(), "BMP"), s.BMP),
        (corpus.heic(), s.HEIF),
        (_ftyp(b"heic", b"mif1", b"heic"), s.HEIF),
        (_ftyp(b"mif1", b"heic", b"miaf"), s.HEIF),
        (_ftyp(b"avif", b"mif1", b"miaf"), s.AVIF),
        (_ftyp(b"mif1", b"avif", b"miaf"), s.AVIF),
        (_ftyp(b"isom", b"iso2", b"mp41"), s.VIDEO),
        (_ftyp(b"qt  "), s.VIDEO),
        (_ftyp(b"zzzz"), s.NOT_A_PHOTO),
        (corpus.PDF, s.PDF),
        (b"\x00\x00junk before the header %PDF-1.4\n", s.PDF),
        (corpus.HTML, s.HTML),
        (b"\n\n   <HTML><BODY>hello</BODY></HTML>", s.HTML),
        (b"\xef\xbb\xbf<!doctype html><title>x</title>", s.HTML),
        ("<!DOCTYPE html><p>é</p>".encode("utf-16"), s.HTML),
        (b"<!-- saved from url=(0014)about:internet -->\n<html>", s.HTML),
        (corpus.SVG, s.SVG),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", s.SVG),
        (b"<?xml version='1.0'?><note>hi</note>", s.XML),
        (corpus.TEXT, s.TEXT),
        (b"BM this is just text starting with BM", s.TEXT),
        (b"PK\x03\x04\x14\x00\x00\x00", s.ARCHIVE),
        (b"\x1f\x8b\x08\x00\x00\x00", s.ARCHIVE),
        (b"", s.EMPTY),
        (bytes(range(256)) * 4, s.NOT_A_PHOTO),
    ],
    ids=lambda v: v.label if isinstance(v, s.ImageFormat) else None,
)
def test_sniff(head: bytes, expected: object) -> None:
    assert s.sniff(head[:4096]) == expected


@pytest.mark.parametrize(
    ("head", "label"),
    [
        (b"8BPS\x00\x01", "Photoshop"),
        (b"\x00\x00\x00\x0cjP  \r\n\x87\n\x00\x00", "JPEG 2000"),
        (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "JPEG XL"),
        (b"II*\x00\x10\x00\x00\x00CR\x02\x00", "Camera RAW"),
        (_ftyp(b"crx ", b"isom"), "Camera RAW"),
    ],
)
def test_known_formats_we_do_not_read_are_named(head: bytes, label: str) -> None:
    found = s.sniff(head)
    assert isinstance(found, s.Refusal)
    assert label in found.reason
    assert found.hint
