#!/usr/bin/env python3
"""Writes the package icon (docs/images/icon.png, 128×128): three tool bars (IIT, EIT, OIT) against a dashed pass
line. Pure Python (zlib), so that it needs nothing beyond the standard library."""
import struct, zlib, pathlib

W = H = 128
BG = (23, 63, 107)        # deep blue
BAR = (255, 255, 255)
PASS = (46, 160, 67)      # green
LINE = (255, 196, 0)      # pass line

px = [[BG for _ in range(W)] for _ in range(H)]
def rect(x0, y0, x1, y1, c):
    for y in range(max(0, y0), min(H, y1)):
        for x in range(max(0, x0), min(W, x1)):
            px[y][x] = c
# rounded corners: clear to transparent-looking background by keeping alpha later
bars = [(22, 40), (54, 28), (86, 52)]   # x, top
for x, top in bars:
    rect(x, top, x + 20, 108, PASS if top < 45 else BAR)
pass_y = 46
for x in range(10, 118, 10):
    rect(x, pass_y, x + 6, pass_y + 3, LINE)
rect(14, 108, 114, 112, BAR)   # axis

def alpha(x, y, r=18):
    cx = min(max(x, r), W - 1 - r); cy = min(max(y, r), H - 1 - r)
    return 255 if (x - cx) ** 2 + (y - cy) ** 2 <= r * r else 0

raw = b''.join(b'\x00' + b''.join(bytes(px[y][x]) + bytes([alpha(x, y)]) for x in range(W)) for y in range(H))
def chunk(t, d):
    return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
out = pathlib.Path(__file__).resolve().parent.parent / 'docs' / 'images' / 'icon.png'
out.parent.mkdir(parents=True, exist_ok=True)
out.write_bytes(png)
print(out, len(png), 'bytes')
