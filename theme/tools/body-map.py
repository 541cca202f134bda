#!/usr/bin/env python3
"""Draws the body diagram used by the theme and writes two Scriban partials, each included with the map as its
argument (include "body-map" map: model.body_map):

  partials/body-map.sbn-html        shaded by role (pose and muscle pages): $map.regions maps region id -> CSS class
  partials/body-map-links.sbn-html  clickable (muscles index): $map.links maps region id -> { url, label }

One outline, drawn for the right half and mirrored, is smoothed with Catmull-Rom curves. Each region of the
controlled body_map list is a smoothed shape (mirrored unless it sits on the midline), clipped to the outline.
The output is deterministic. Run from anywhere:  python3 theme/tools/body-map.py
"""
from pathlib import Path

W = 160          # width of one figure
CX = W / 2       # its midline
GAP = 16         # space between the front and back figures
H = 420          # height of the drawing, labels included

# Right half of the outline as (dx from the midline, y); "c" marks a corner (no smoothing through it).
OUTLINE = [
    (0, 8), (12, 11), (18, 22), (19, 36), (16, 50), (10, 60), (8, 66, "c"),
    (9, 74), (22, 79), (36, 84), (45, 94), (48, 110), (50, 136), (53, 162), (56, 196), (59, 220),
    (61, 234), (59, 248), (54, 252), (50, 246, "c"), (48, 226), (44, 196), (40, 166), (37, 136), (35, 114, "c"),
    (33, 134), (30, 160), (31, 182), (37, 202), (40, 224), (38, 252), (33, 288), (31, 306), (33, 330),
    (28, 358), (22, 376), (25, 388), (20, 395, "c"), (8, 395), (9, 380), (10, 352), (8, 314), (6, 282), (3, 246),
    (0, 234, "c"),
]

# Right half of the trunk and legs without the arms (straight lines): regions are clipped to it as well, so
# a shape that spills past the side of the body never shows on the arm.
TRUNK = [(0, 56), (30, 56), (41, 86), (37, 112), (32, 140), (31, 182), (42, 200), (50, 252), (50, 400), (0, 400)]

# Regions: (region id, view, shape, mirrored). Shapes are closed point lists (dx, y) for the right side.
REGIONS = [
    # front view
    ("abdomen", "front", [(0, 126), (20, 127), (25, 150), (24, 180), (18, 200), (0, 206), (-18, 200), (-24, 180), (-25, 150), (-20, 127)], False),
    ("side-waist", "front", [(27, 124), (38, 120), (36, 158), (40, 188), (28, 192), (27, 158)], True),
    ("front-hip", "front", [(7, 208), (19, 200), (27, 203), (27, 222), (20, 233), (8, 231)], True),
    ("outer-hip", "front", [(30, 196), (44, 198), (46, 226), (42, 250), (33, 248), (30, 222)], True),
    ("pelvic-floor", "front", [(0, 212), (6, 215), (5, 226), (0, 233), (-5, 226), (-6, 215)], False),
    ("inner-thigh", "front", [(3, 240), (12, 237), (13, 262), (10, 290), (6, 290), (3, 262)], True),
    ("front-thigh", "front", [(15, 240), (30, 234), (42, 244), (38, 272), (31, 296), (20, 298), (15, 270)], True),
    # back view
    ("upper-back", "back", [(6, 82), (28, 80), (44, 94), (38, 118), (24, 132), (6, 128)], True),
    ("lower-back", "back", [(6, 138), (26, 134), (31, 158), (32, 188), (20, 196), (6, 194)], True),
    ("outer-hip", "back", [(32, 188), (44, 194), (46, 226), (40, 232), (34, 212)], True),
    ("buttock", "back", [(2, 206), (20, 199), (33, 206), (37, 226), (33, 246), (16, 252), (2, 247)], True),
    ("deep-buttock", "back", [(7, 218), (19, 213), (28, 219), (22, 230), (9, 230)], True),
    ("back-thigh", "back", [(4, 258), (22, 255), (38, 258), (36, 276), (31, 298), (8, 300), (4, 280)], True),
    ("calf", "back", [(5, 316), (22, 312), (33, 322), (30, 346), (24, 364), (11, 366), (6, 342)], True),
    ("spine", "back", "spine", False),
]

LABELS = {"front": "Front", "back": "Back"}


def fmt(v):
    # whole units: at the sizes the diagram is shown (about 1 unit per pixel) halves are invisible, and it keeps pages small
    s = str(round(v))
    return "0" if s == "-0" else s


def nums(values):
    """SVG number list, as short as possible: no space before a minus sign."""
    out = ""
    for v in values:
        t = fmt(v)
        out += t if (not out or t.startswith("-")) else " " + t
    return out


def smooth(points, closed, corners=()):
    """A Catmull-Rom path through points (absolute coordinates); corners break the curve.
    Written with relative commands from rounded points, so it is short and does not drift."""
    n = len(points)
    r = lambda p: (round(p[0]), round(p[1]))
    cur = r(points[0])
    out = ["M" + nums(cur)]
    last = n if closed else n - 1
    for i in range(last):
        p1, p2 = points[i], points[(i + 1) % n]
        end = r(p2)
        if i in corners and (i + 1) % n in corners:
            out.append("l" + nums((end[0] - cur[0], end[1] - cur[1])))
            cur = end
            continue
        p0 = p1 if (not closed and i == 0) or i in corners else points[(i - 1) % n]
        p3 = p2 if (not closed and i + 1 == n - 1) or (i + 1) % n in corners else points[(i + 2) % n]
        c1 = r((p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6))
        c2 = r((p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6))
        out.append("c" + nums((c1[0] - cur[0], c1[1] - cur[1], c2[0] - cur[0], c2[1] - cur[1], end[0] - cur[0], end[1] - cur[1])))
        cur = end
    if closed:
        out.append("z")
    return "".join(out)


def outline_path():
    right = [(CX + p[0], p[1], len(p) > 2) for p in OUTLINE]
    # the left half: mirrored, in reverse, without the two midline points
    left = [(CX - p[0], p[1], len(p) > 2) for p in reversed(OUTLINE[1:-1])]
    pts = right + left
    corners = {i for i, p in enumerate(pts) if p[2]}
    return smooth([(p[0], p[1]) for p in pts], True, corners)


def trunk_path():
    pts = [(CX + x, y) for x, y in TRUNK] + [(CX - x, y) for x, y in reversed(TRUNK[1:-1])]
    return "M" + "L".join(f"{fmt(x)} {fmt(y)}" for x, y in pts) + "Z"


def region_path(shape, mirrored):
    if shape == "spine":
        return f"M{fmt(CX - 3)} 76h6v128a3 3 0 0 1-6 0Z"
    pts = [(CX + x, y) for x, y in shape]
    d = smooth(pts, True)
    if mirrored:
        d += smooth([(CX - x, y) for x, y in shape], True)
    return d


def defs():
    # Fills that read without colour: stripes for stretched, dots for strengthened, bars for stabilising,
    # cross-hatch for the one group a muscle page shows. Colours come from the stylesheet.
    return (
        '<defs>'
        '<pattern id="bm-stretched" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<rect class="bm-bg" width="5" height="5"/><rect class="bm-fg" width="2.2" height="5"/></pattern>'
        '<pattern id="bm-strengthened" width="5" height="5" patternUnits="userSpaceOnUse">'
        '<rect class="bm-bg" width="5" height="5"/><circle class="bm-fg" cx="2.5" cy="2.5" r="1.5"/></pattern>'
        '<pattern id="bm-stabilising" width="6" height="5" patternUnits="userSpaceOnUse">'
        '<rect class="bm-bg" width="6" height="5"/><rect class="bm-fg" width="6" height="2"/></pattern>'
        '<pattern id="bm-highlight" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<rect class="bm-bg" width="6" height="6"/><rect class="bm-fg" width="2" height="6"/><rect class="bm-fg" width="6" height="2"/></pattern>'
        f'<path id="bm-body" d="{outline_path()}"/>'
        '<clipPath id="bm-clip"><use href="#bm-body"/></clipPath>'
        f'<clipPath id="bm-trunk"><path d="{trunk_path()}"/></clipPath>'
        '</defs>'
    )


def figure(view, region_markup):
    x = 0 if view == "front" else W + GAP
    lines = [f'<g class="bm-view bm-{view}" transform="translate({x} 0)">',
             '<use class="bm-body" href="#bm-body"/>',
             '<g clip-path="url(#bm-clip)"><g clip-path="url(#bm-trunk)">']
    for region, v, shape, mirrored in REGIONS:
        if v != view:
            continue
        lines.append(region_markup(region, region_path(shape, mirrored)))
    lines.append('</g></g>')
    if view == "back":
        # a light line for the shoulder blades and the crease under the buttocks, for a back view
        lines.append(f'<path class="bm-line" d="M{fmt(CX - 24)} 104q10 10 18 6M{fmt(CX + 24)} 104q-10 10-18 6"/>')
    lines.append(f'<text class="bm-label" x="{fmt(CX)}" y="{H - 6}" text-anchor="middle">{LABELS[view]}</text>')
    lines.append('</g>')
    return "\n".join(lines)


def svg_open(attrs):
    return (f'<svg class="bm-svg" viewBox="0 0 {2 * W + GAP} {H}" xmlns="http://www.w3.org/2000/svg" focusable="false" {attrs}>')


# The first line of each partial: a Scriban comment, which with "~}}" leaves nothing behind, not even its line.
GENERATED = "{{ # Generated by theme/tools/body-map.py: edit the shapes there, not here. ~}}\n"


def static_partial():
    def region(name, d):
        return f'<path class="region r-{name} {{{{ $map.regions["{name}"] }}}}" d="{d}"/>'
    body = "\n".join(figure(v, region) for v in ("front", "back"))
    return (
        GENERATED +
        '<figure class="body-map" data-pagefind-ignore>\n'
        + svg_open('role="img" aria-label="{{ $map.label }}"') + "\n<title>{{ $map.label }}</title>\n" + defs() + "\n" + body + "\n</svg>\n"
        '{{ if $map.legend.size > 0 }}<figcaption class="legend"><ul>{{ for item in $map.legend }}<li>'
        '<svg class="swatch" viewBox="0 0 28 18" aria-hidden="true" focusable="false"><rect class="region {{ item.meta }}" x="1" y="1" width="26" height="16" rx="3"/></svg>'
        '{{ item.title }}</li>{{ end }}</ul></figcaption>{{ end }}\n'
        "</figure>\n"
    )


def links_partial():
    def region(name, d):
        link = f'$map.links["{name}"]'
        return (f'{{{{ if {link} }}}}<a href="{{{{ {link}.url }}}}" aria-label="{{{{ {link}.label }}}}">'
                f'<title>{{{{ {link}.label }}}}</title><path class="region r-{name}" d="{d}"/></a>'
                f'{{{{ else }}}}<path class="region r-{name}" d="{d}"/>{{{{ end }}}}')
    body = "\n".join(figure(v, region) for v in ("front", "back"))
    return (
        GENERATED +
        '<figure class="body-map body-map-links" data-pagefind-ignore>\n'
        + svg_open('role="group" aria-label="{{ $map.label }}"') + "\n" + defs() + "\n" + body + "\n</svg>\n"
        "<figcaption>{{ $map.label }}</figcaption>\n"
        "</figure>\n"
    )


if __name__ == "__main__":
    partials = Path(__file__).resolve().parent.parent / "partials"
    (partials / "body-map.sbn-html").write_text(static_partial(), encoding="utf-8")
    (partials / "body-map-links.sbn-html").write_text(links_partial(), encoding="utf-8")
    print("wrote", partials / "body-map.sbn-html", "and", partials / "body-map-links.sbn-html")
