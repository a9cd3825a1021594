# Draws Lamina's icons: three stacked, offset layers (the "laminae"), in three blues.
import struct, zlib, sys
def png(path, w, h, px):
    raw = b''.join(b'\x00' + bytes(c for p in px[y*w:(y+1)*w] for c in p) for y in range(h))
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    open(path, 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))
def layers(w, h, box=None):
    px = [(0, 0, 0, 0)] * (w * h)
    x0, y0, bw, bh = box or (0, 0, w, h)
    cols = [(33, 82, 140), (52, 125, 196), (110, 180, 235)]
    for i, c in enumerate(cols):
        lx0 = x0 + bw * (0.06 + 0.12 * i); lx1 = lx0 + bw * 0.70
        ly0 = y0 + bh * (0.12 + 0.26 * i); ly1 = ly0 + bh * 0.30
        for y in range(h):
            for x in range(w):
                if lx0 <= x + 0.5 < lx1 and ly0 <= y + 0.5 < ly1:
                    edge = (x + 0.5 - lx0 < 1 or lx1 - x - 0.5 < 1 or y + 0.5 - ly0 < 1 or ly1 - y - 0.5 < 1)
                    px[y * w + x] = tuple(max(0, v - 40) for v in c) + (255,) if edge else c + (255,)
    return px
for s in (16, 32, 48, 64, 128, 256):
    png(f'lamina{s}.png', s, s, layers(s, s))
# 200 % variants (JFace and SWT pick name@2x.png at GDK_SCALE=2)
for s in (16, 48):
    png(f'lamina{s}@2x.png', 2 * s, 2 * s, layers(2 * s, 2 * s))
# wizard banner 75x66 with the glyph on the right
png('newproject_wiz.png', 75, 66, layers(75, 66, (20, 8, 50, 50)))
png('newproject_wiz@2x.png', 150, 132, layers(150, 132, (40, 16, 100, 100)))
# launch configuration type "Lamina Training": the layers with a green run triangle at the lower right
def train(w, h):
    px = layers(w, h)
    tx0, ty0, ts = w * 0.45, h * 0.40, w * 0.55
    for y in range(h):
        for x in range(w):
            fx, fy = (x + 0.5 - tx0) / ts, (y + 0.5 - ty0) / ts
            if 0 <= fx <= 1 and abs(fy - 0.5) <= 0.5 * (1 - fx):
                edge = fx < 0.12 or abs(fy - 0.5) > 0.5 * (1 - fx) - 0.1
                px[y * w + x] = (30, 120, 45, 255) if edge else (60, 175, 75, 255)
    return px
png('train16.png', 16, 16, train(16, 16))
png('train16@2x.png', 32, 32, train(32, 32))
