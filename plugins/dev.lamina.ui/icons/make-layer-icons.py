# Draws the 16x16 (and 32x32 @2x) palette icons of the layer kinds (icons/layers/*.png), in their category colours.
# Run from this folder: python3 make-layer-icons.py
import math, struct, zlib

def png(path, w, h, px):
    raw = b''.join(b'\x00' + bytes(c for p in px[y*w:(y+1)*w] for c in p) for y in range(h))
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    open(path, 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0))
                           + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def hexrgb(v): return ((v >> 16) & 255, (v >> 8) & 255, v & 255)
def light(c, t=0.55): return tuple(round(v + (255 - v) * t) for v in c)

def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy or 1)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)

# Shapes: each is (inside(x, y) -> bool, colour); later shapes paint over earlier ones.
def rect(x0, y0, x1, y1, c): return (lambda x, y: x0 <= x < x1 and y0 <= y < y1, c)
def frame(x0, y0, x1, y1, w, c): return (lambda x, y: x0 <= x < x1 and y0 <= y < y1 and not (x0 + w <= x < x1 - w and y0 + w <= y < y1 - w), c)
def disc(cx, cy, r, c): return (lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r, c)
def ring(cx, cy, r, w, c): return (lambda x, y: r - w <= math.hypot(x - cx, y - cy) <= r, c)
def line(ax, ay, bx, by, w, c): return (lambda x, y: seg_dist(x, y, ax, ay, bx, by) <= w / 2, c)
def polyline(points, w, c):
    segs = list(zip(points, points[1:]))
    return (lambda x, y: any(seg_dist(x, y, a[0], a[1], b[0], b[1]) <= w / 2 for a, b in segs), c)
def tri(a, b, c_, col):
    def inside(x, y):
        def s(p, q, r): return (p[0] - r[0]) * (q[1] - r[1]) - (q[0] - r[0]) * (p[1] - r[1])
        d1, d2, d3 = s((x, y), a, b), s((x, y), b, c_), s((x, y), c_, a)
        return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))
    return (inside, col)

def render(shapes, size=16, ss=6, scale=1):
    px = []
    for y in range(size):
        for x in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(ss):
                for sx in range(ss):
                    fx, fy = (x + (sx + 0.5) / ss) / scale, (y + (sy + 0.5) / ss) / scale
                    col = None
                    for inside, c in shapes:
                        if inside(fx, fy):
                            col = c
                    if col:
                        acc[0] += col[0]; acc[1] += col[1]; acc[2] += col[2]; acc[3] += 1
            n = acc[3]
            px.append((0, 0, 0, 0) if n == 0 else (round(acc[0] / n), round(acc[1] / n), round(acc[2] / n), round(255 * n / (ss * ss))))
    return px

INPUT, CONV, POOL, CORE, REG = (hexrgb(v) for v in (0x2e7d6b, 0x1f5fa8, 0x6a4c9c, 0xb35c00, 0x5b7d1f))

def grid(n, x0, y0, cell, gap, c, filled=lambda i, j: False, fillc=None):
    out = []
    for i in range(n):
        for j in range(n):
            x, y = x0 + j * (cell + gap), y0 + i * (cell + gap)
            out.append(rect(x, y, x + cell, y + cell, (fillc or c) if filled(i, j) else light(c)))
            out.append(frame(x, y, x + cell, y + cell, 1, c))
    return out

icons = {
    'input': [frame(1.5, 2.5, 14.5, 13.5, 1.2, INPUT), tri((3, 12), (7, 6.5), (10.5, 12), light(INPUT, 0.2)),
              tri((8, 12), (10.5, 8.5), (13, 12), light(INPUT, 0.45)), disc(11, 5.5, 1.5, INPUT)],
    'conv2d': grid(3, 1.5, 1.5, 3.6, 1.0, CONV, lambda i, j: (i + j) % 2 == 0, CONV),
    'max_pooling2d': grid(2, 2, 2, 5.5, 1.0, POOL, lambda i, j: i == 0 and j == 1, POOL),
    'average_pooling2d': grid(2, 2, 2, 5.5, 1.0, POOL, lambda i, j: True, light(POOL, 0.3)),
    'global_max_pooling2d': [frame(1.5, 1.5, 14.5, 14.5, 1.2, POOL), rect(2.7, 2.7, 13.3, 13.3, light(POOL)),
                             disc(8, 8, 3.2, POOL)],
    'global_average_pooling2d': [frame(1.5, 1.5, 14.5, 14.5, 1.2, POOL), rect(2.7, 2.7, 13.3, 13.3, light(POOL, 0.3)),
                                 disc(8, 8, 3.2, light(POOL, 0.75)), ring(8, 8, 3.2, 1.1, POOL)],
    'flatten': grid(2, 1, 4, 3.2, 0.8, CORE, lambda i, j: True, light(CORE, 0.2))
               + [line(9, 8, 11.2, 8, 1.3, CORE), tri((10.5, 5.8), (13, 8), (10.5, 10.2), CORE),
                  rect(13.6, 1.5, 15.2, 14.5, CORE)],
    'dense': [line(4, y1, 12, y2, 0.9, light(CORE, 0.35)) for y1 in (3.5, 8, 12.5) for y2 in (5.5, 10.5)]
             + [disc(4, y, 1.9, CORE) for y in (3.5, 8, 12.5)] + [disc(12, y, 1.9, CORE) for y in (5.5, 10.5)],
    'dropout': [disc(3.5 + 4.5 * j, 3.5 + 4.5 * i, 1.9, REG) for i in range(3) for j in range(3) if (i * 3 + j) not in (1, 3, 8)]
               + [ring(3.5 + 4.5 * j, 3.5 + 4.5 * i, 1.9, 0.9, light(REG, 0.3)) for i in range(3) for j in range(3) if (i * 3 + j) in (1, 3, 8)],
    'batch_normalization': [line(1, 14, 15, 14, 1.0, light(REG, 0.3)),
                            polyline([(1 + t * 14 / 40, 13.5 - 10.5 * math.exp(-((t / 40 * 6 - 3) ** 2) / 1.6)) for t in range(41)], 1.6, REG)],
    'activation': [frame(1.5, 1.5, 14.5, 14.5, 1.0, light(CORE, 0.3)), polyline([(2.5, 11), (8, 11), (13.5, 3.5)], 1.8, CORE)],
}
for name, shapes in icons.items():
    png(f'layers/{name}.png', 16, 16, render(shapes))
    # JFace and SWT pick name@2x.png at 200 % (GDK_SCALE=2)
    png(f'layers/{name}@2x.png', 32, 32, render(shapes, size=32, scale=2))
