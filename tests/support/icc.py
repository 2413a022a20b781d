"""Hand-made ICC v2 display profiles for tests (Pillow can only create sRGB, Lab and XYZ ones)."""

from __future__ import annotations

import struct

D50 = (0.9642, 1.0, 0.8249)
SRGB_RED = (0.4361, 0.2225, 0.0139)
SRGB_GREEN = (0.3851, 0.7169, 0.0971)
SRGB_BLUE = (0.1431, 0.0606, 0.7141)
GAMMA_1_0 = 0x0100  # u8Fixed8 gamma values for a one-entry "curv"
GAMMA_2_2 = 0x0233


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ \x00\x00\x00\x00" + _s15(x) + _s15(y) + _s15(z)


def icc_profile(
    name: str,
    red: tuple[float, float, float] = SRGB_RED,
    green: tuple[float, float, float] = SRGB_GREEN,
    blue: tuple[float, float, float] = SRGB_BLUE,
    gamma: int = GAMMA_2_2,
) -> bytes:
    """An RGB display profile with these primaries (D50 XYZ) and one gamma curve for all channels."""
    text = name.encode("ascii")
    desc = b"desc\x00\x00\x00\x00" + struct.pack(">I", len(text) + 1) + text + b"\x00"
    desc += b"\x00" * 8 + b"\x00\x00\x00" + b"\x00" * 67
    curve = b"curv\x00\x00\x00\x00" + struct.pack(">IH", 1, gamma) + b"\x00\x00"
    tags = [
        (b"desc", desc),
        (b"cprt", b"text\x00\x00\x00\x00public domain\x00"),
        (b"wtpt", _xyz(*D50)),
        (b"rXYZ", _xyz(*red)),
        (b"gXYZ", _xyz(*green)),
        (b"bXYZ", _xyz(*blue)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for signature, data in tags:
        data += b"\x00" * (-len(data) % 4)
        table += signature + struct.pack(">II", offset + len(body), len(data))
        body += data
    header = struct.pack(">I4sI4s4s4s", offset + len(body), b"lcms", 0x02100000, b"mntr", b"RGB ", b"XYZ ")
    header += struct.pack(">6H", 2024, 1, 1, 0, 0, 0) + b"acsp" + b"\x00" * 24 + struct.pack(">I", 0)
    header += _s15(D50[0]) + _s15(D50[1]) + _s15(D50[2])
    header += b"\x00" * (128 - len(header))
    return header + struct.pack(">I", len(tags)) + table + body
