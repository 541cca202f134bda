using System.Globalization;
using System.Text;
using HipMobility.Content;
using HipMobility.Text;

namespace HipMobility.Figures;

/// <summary>
/// Draws a figure as an inline SVG: a side view in orthographic projection, one picture per frame side by side (the
/// start and the end of a movement with an arrow between), limbs as rounded strokes from the farthest to the nearest,
/// the side nearer the reader darker than the far side, props in outline, a floor line. Colours are classes
/// (<c>fig-near</c>, <c>fig-far</c>, <c>fig-prop</c>…) that the theme's CSS fills, so dark mode and print follow; the
/// attributes alone draw it in the current text colour. The same figure always gives the same bytes.
/// </summary>
public static class FigureSvg
{
    /// <summary>
    /// How the world is seen: screen x and y (SVG units, y down) and depth (larger is nearer the reader) of a point.
    /// Side views look along the left-right axis; <c>front</c> looks from where a standing body faces (a supine body's
    /// feet), <c>back</c> from behind it, <c>top</c> from above. Each keeps the picture un-mirrored: seen from the front,
    /// the body's left is on the reader's right.
    /// </summary>
    internal readonly record struct Projection(string View)
    {
        public double X(Vec3 p) => View switch
        {
            "right" => p.X * Scale, "front" => p.Z * Scale, "back" => -p.Z * Scale, _ => -p.X * Scale,
        };

        public double Y(Vec3 p) => View == "top" ? p.Z * Scale : -p.Y * Scale;

        public double Depth(Vec3 p) => View switch
        {
            "right" => -p.Z, "front" => p.X, "back" => -p.X, "top" => p.Y, _ => p.Z,
        };

        public bool IsSide => View is "left" or "right";

        /// <summary>The side drawn darker in a side view; other views darken what lies nearer than the trunk.</summary>
        public string? NearSide => View switch { "left" => "left", "right" => "right", _ => null };
    }

    private const double Scale = 100; // SVG units per standing height
    private const double Margin = 4, Gap = 16;

    /// <summary>
    /// A figure drawn, without the ids and the name a page gives it: the same for every page that shows the figure, so
    /// a build draws each figure once (<see cref="Prepare"/>) and only writes its head on each page.
    /// </summary>
    public sealed class Drawing(double top, double width, double height, string description, IReadOnlyList<FigureMark> marks)
    {
        internal double Top { get; } = top;
        internal double Width { get; } = width;
        internal double Height { get; } = height;
        /// <summary>The description, escaped for HTML.</summary>
        internal string Description { get; } = description;
        /// <summary>What is drawn, in order: the SVG's elements, and what a raster copy paints (<see cref="FigurePng"/>).</summary>
        internal IReadOnlyList<FigureMark> Marks { get; } = marks;
        /// <summary>Everything after the description, one element a line.</summary>
        internal string Body { get; } = FigureMark.Svg(marks);
    }

    /// <param name="id">A prefix for the title and description ids, unique in the page.</param>
    /// <param name="title">What the figure is of: the pose's or the variant's name.</param>
    public static string Draw(FigureSpec figure, string id, string title) => Draw(Prepare(figure), id, title);

    /// <summary>A drawn figure with the ids and name it has on one page.</summary>
    public static string Draw(Drawing drawing, string id, string title)
    {
        var svg = new StringBuilder(drawing.Body.Length + 512);
        svg.Append("<svg class=\"figure-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 ").Append(N(drawing.Top)).Append(' ')
            .Append(N(drawing.Width)).Append(' ').Append(N(drawing.Height)).Append("\" width=\"").Append(N(drawing.Width * 2.4)).Append("\" height=\"")
            .Append(N(drawing.Height * 2.4)).Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-t\" aria-describedby=\"").Append(id)
            .Append("-d\" focusable=\"false\">");
        svg.Append("<title id=\"").Append(id).Append("-t\">").Append(HtmlText.Escape(title)).Append("</title>");
        svg.Append("<desc id=\"").Append(id).Append("-d\">").Append(drawing.Description).Append("</desc>");
        // One element a line, so a changed figure reads as a small diff.
        return svg.Replace("><", ">\n<").Append('\n').Append(drawing.Body).ToString();
    }

    /// <summary>
    /// A drawn figure as a file of its own (<c>/figures/*.svg</c>, shown with <c>img</c>), carrying the theme's figure
    /// stylesheet because the page's cannot reach into it.
    /// </summary>
    public static string Standalone(Drawing drawing, string title, string style)
    {
        var svg = new StringBuilder(drawing.Body.Length + style.Length + 512);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 ").Append(N(drawing.Top)).Append(' ').Append(N(drawing.Width)).Append(' ')
            .Append(N(drawing.Height)).Append("\" width=\"").Append(N(drawing.Width * 2.4)).Append("\" height=\"").Append(N(drawing.Height * 2.4))
            .Append("\" role=\"img\" aria-labelledby=\"t\" aria-describedby=\"d\">\n<title id=\"t\">").Append(HtmlText.Escape(title))
            .Append("</title>\n<desc id=\"d\">").Append(drawing.Description).Append("</desc>\n");
        // Character data, so the stylesheet may hold what XML text may not (a '>' in a selector).
        if (style.Length > 0) svg.Append("<style><![CDATA[\n").Append(style.Replace("]]>", "", StringComparison.Ordinal)).Append("\n]]></style>\n");
        return svg.Append(drawing.Body).Append('\n').ToString();
    }

    /// <summary>The width and height a figure is drawn at, in CSS pixels.</summary>
    public static (int Width, int Height) Size(Drawing drawing) => ((int)Math.Round(drawing.Width * 2.4), (int)Math.Round(drawing.Height * 2.4));

    /// <summary>Places and draws a figure's frames: the costly part, done once per figure and build.</summary>
    public static Drawing Prepare(FigureSpec figure)
    {
        var view = new Projection(figure.View);
        var frames = figure.Frames.Take(2).Select(f => FigurePlacement.Place(figure, f)).ToList();

        var boxes = frames.Select(f => Bounds(f, view)).ToList();
        var top = boxes.Min(b => b.MinY) - Margin;
        var bottom = (view.View == "top" ? boxes.Max(b => b.MaxY) : Math.Max(boxes.Max(b => b.MaxY), 0)) + Margin;
        var offsets = new List<double>();
        var x = Margin;
        for (var i = 0; i < frames.Count; i++)
        {
            offsets.Add(x - boxes[i].MinX);
            x += boxes[i].MaxX - boxes[i].MinX + (i + 1 < frames.Count ? Gap : Margin);
        }
        var width = x;
        var height = bottom - top;

        var marks = new List<FigureMark>();
        if (view.View != "top") marks.Add(new PathMark("fig-floor", 0.8, "M0.0 0.0H" + N(width)));
        for (var i = 0; i < frames.Count; i++)
        {
            DrawFrame(marks, frames[i], view, offsets[i]);
            if (i + 1 < frames.Count)
            {
                var ax = offsets[i] + boxes[i].MaxX + 3;
                var ay = Math.Round((top + bottom) / 2 - 2);
                marks.Add(new PathMark("fig-arrow", 1.6, $"M{N(ax)} {N(ay)}H{N(ax + Gap - 6)}M{N(ax + Gap - 10)} {N(ay - 3.5)}L{N(ax + Gap - 6)} {N(ay)}L{N(ax + Gap - 10)} {N(ay + 3.5)}"));
            }
        }
        return new Drawing(top, width, height, HtmlText.Escape(Description(figure.Frames)), marks);
    }

    /// <summary>How many pictures the Play control steps through, the start and the end among them.</summary>
    public const int PlaySteps = 5;

    /// <summary>
    /// A movement drawn for the Play control: <see cref="PlaySteps"/> pictures from its start to its end, each a
    /// <c>g.fig-step</c> over the same spot, the joint angles between the two frames interpolated. Each step keeps the
    /// middle of what it rests on in place, so the body moves without sliding across the picture. Null for a hold.
    /// The SVG is hidden from assistive technology: the still figure beside it carries the title and description.
    /// </summary>
    public static string? DrawMovement(FigureSpec figure)
    {
        if (figure.Frames.Count < 2) return null;
        var view = new Projection(figure.View);
        var bodies = Enumerable.Range(0, PlaySteps)
            .Select(i => FigurePlacement.Place(figure, FigurePlacement.Between(figure, figure.Frames[0], figure.Frames[1], i / (double)(PlaySteps - 1))))
            .ToList();
        var anchors = Anchors(bodies, view);
        var boxes = bodies.Select(b => Bounds(b, view)).ToList();
        var minX = boxes.Select((b, i) => b.MinX - anchors[i]).Min();
        var maxX = boxes.Select((b, i) => b.MaxX - anchors[i]).Max();
        var top = boxes.Min(b => b.MinY) - Margin;
        var bottom = (view.View == "top" ? boxes.Max(b => b.MaxY) : Math.Max(boxes.Max(b => b.MaxY), 0)) + Margin;
        var width = maxX - minX + 2 * Margin;

        var svg = new StringBuilder(16384);
        svg.Append("<svg class=\"figure-svg figure-movement\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 ").Append(N(top)).Append(' ')
            .Append(N(width)).Append(' ').Append(N(bottom - top)).Append("\" width=\"").Append(N(width * 2.4)).Append("\" height=\"")
            .Append(N((bottom - top) * 2.4)).Append("\" aria-hidden=\"true\" focusable=\"false\">");
        var marks = new List<FigureMark>();
        if (view.View != "top") marks.Add(new PathMark("fig-floor", 0.8, "M0.0 0.0H" + N(width)));
        for (var i = 0; i < bodies.Count; i++)
        {
            var step = new List<FigureMark>();
            DrawFrame(step, bodies[i], view, Margin - minX - anchors[i]);
            marks.Add(new GroupMark("fig-step", step));
        }
        return svg.Append('\n').Append(FigureMark.Svg(marks)).Append('\n').ToString();
    }

    /// <summary>
    /// Where each step is held still across the picture: the middle of the points it rests on at both the start and
    /// the end (feet and shoulders in a bridge, the standing foot in a leg swing), or its pelvis when none rests in both.
    /// </summary>
    internal static List<double> Anchors(IReadOnlyList<PlacedBody> bodies, Projection view)
    {
        static HashSet<(int, int)> Resting(PlacedBody body)
        {
            var points = body.Segments.SelectMany((s, k) => s.Points.Select((p, j) => (Key: (k, j), Bottom: p.Y - s.Radius))).ToList();
            var lowest = points.Min(p => p.Bottom);
            return points.Where(p => p.Bottom - lowest < 0.02).Select(p => p.Key).ToHashSet();
        }
        var planted = Resting(bodies[0]);
        planted.IntersectWith(Resting(bodies[^1]));
        if (planted.Count == 0)
        {
            var pelvis = bodies[0].Segments.Select((s, k) => (s, k)).First(t => t.s.Name == "pelvis").k;
            planted.Add((pelvis, 0));
        }
        var keys = planted.Order().ToList();
        return bodies.Select(b => keys.Average(key => view.X(b.Segments[key.Item1].Points[key.Item2]))).ToList();
    }

    /// <summary>The description read out with the figure: the alt text, or the start and the end of a movement.</summary>
    public static string Description(IReadOnlyList<FigureFrame> frames) => frames.Count switch
    {
        0 => "",
        1 => frames[0].Alt,
        _ => "Start: " + Sentence(frames[0].Alt) + " End: " + Sentence(frames[1].Alt),
    };

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    private static void DrawFrame(List<FigureMark> marks, PlacedBody body, Projection view, double dx)
    {
        double X(Vec3 p) => view.X(p) + dx;
        double Y(Vec3 p) => view.Y(p);

        if (body.SupportTop > 0 && view.View != "top")
        {
            var b = Bounds(body, view);
            marks.Add(new PathMark("fig-prop", 0.8, $"M{N(b.MinX + dx + 2)} 0.0V{N(-body.SupportTop * Scale)}H{N(b.MaxX + dx - 2)}V0.0"));
        }
        foreach (var chair in body.Chairs) marks.Add(ChairMark(chair, view, dx));
        if (body.WallX is { } wall && view.View != "front" && view.View != "back")
        {
            var w = view.View == "top"
                ? (A: new Vec3(wall, 0, -0.3), B: new Vec3(wall, 0, 0.3))
                : (A: new Vec3(wall, 0, 0), B: new Vec3(wall, 0.7, 0));
            var shift = view.X(new Vec3(wall, 0, 0)) < view.X(body.Segments[0].Points[0]) ? -1 : 1;
            marks.Add(new PathMark("fig-prop", 1.2, $"M{N(X(w.A) + shift)} {N(Y(w.A))}L{N(X(w.B) + shift)} {N(Y(w.B))}"));
        }
        foreach (var prop in body.Props.Where(p => p.Height > 0))
        {
            var x1 = Math.Min(X(prop.From), X(prop.To));
            var x2 = Math.Max(X(prop.From), X(prop.To));
            var y1 = Math.Min(Y(prop.From), Y(prop.To));
            var y2 = Math.Max(Y(prop.From), Y(prop.To));
            var rounded = prop.Name is "bolster" or "pillow" ? Math.Min(Math.Min(x2 - x1, y2 - y1) / 2, 4) : 0.8;
            marks.Add(new RectMark("fig-prop", x1, y1, x2 - x1, y2 - y1, rounded));
        }

        // Farthest first: the far limbs, the trunk and head, then the near limbs. Each limb (or the trunk) is one group:
        // its white outline is drawn under all of it, so it parts it from what lies behind without cutting its own joints.
        var groups = body.Segments.Select((s, i) => (s, i)).GroupBy(t => Group(t.s.Name))
            .Select(g => (Items: g.Select(t => t.s).ToList(), First: g.Min(t => t.i),
                Z: g.Key == "trunk" && view.IsSide ? 0.0 : g.SelectMany(t => t.s.Points).Average(view.Depth)))
            .OrderBy(g => g.Z).ThenBy(g => g.First).ToList();
        var trunkDepth = groups.First(g => g.Items[0].Side == "mid").Z;
        foreach (var (items, _, z) in groups)
        {
            var near = view.NearSide is { } side ? items[0].Side == "mid" || items[0].Side == side : z > trunkDepth - 0.04;
            foreach (var s in items) marks.Add(Stroke(s, FigureMark.Gap, s.Radius * 2 * Scale + 1.4));
            foreach (var s in items) marks.Add(Stroke(s, near ? "fig-near" : "fig-far", s.Radius * 2 * Scale));
        }

        FigureMark Stroke(Segment s, string cls, double width)
        {
            if (s.IsHead) return new CircleMark(cls, X(s.Points[0]), Y(s.Points[0]), s.Radius * Scale);
            var d = new StringBuilder();
            for (var i = 0; i < s.Points.Length; i++)
                d.Append(i == 0 ? 'M' : 'L').Append(N(X(s.Points[i]))).Append(' ').Append(N(Y(s.Points[i])));
            return new PathMark(cls, width, d.ToString());
        }

        foreach (var prop in body.Props.Where(p => p.Height == 0))
            marks.Add(new PathMark(prop.Name == "strap" ? "fig-strap" : "fig-prop", prop.Name == "dowel" ? 1.6 : 1.2,
                $"M{N(X(prop.From))} {N(Y(prop.From))}L{N(X(prop.To))} {N(Y(prop.To))}"));
    }

    /// <summary>The group a segment is drawn with: the trunk, or one limb.</summary>
    private static string Group(string segment) => segment switch
    {
        _ when segment.EndsWith("-thigh", StringComparison.Ordinal) || segment.EndsWith("-shin", StringComparison.Ordinal)
            || segment.EndsWith("-foot", StringComparison.Ordinal) => segment[..segment.IndexOf('-')] + "-leg",
        _ when segment.EndsWith("-arm", StringComparison.Ordinal) || segment.EndsWith("-forearm", StringComparison.Ordinal)
            || segment.EndsWith("-hand", StringComparison.Ordinal) => segment[..segment.IndexOf('-')] + "-arm",
        _ => "trunk",
    };

    private static PathMark ChairMark(ChairShape chair, Projection view, double dx)
    {
        // Edges that fall on one another in this view (the near and far legs, seen from the side) are drawn once.
        var d = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (a, b) in chair.Lines())
        {
            string from = N(view.X(a) + dx) + " " + N(view.Y(a)), to = N(view.X(b) + dx) + " " + N(view.Y(b));
            if (from == to || !seen.Add(from + "L" + to) || !seen.Add(to + "L" + from)) continue;
            d.Append('M').Append(from).Append('L').Append(to);
        }
        return new PathMark("fig-prop", 1.4, d.ToString());
    }

    private readonly record struct Box(double MinX, double MaxX, double MinY, double MaxY);

    private static Box Bounds(PlacedBody body, Projection view)
    {
        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
        void Add(Vec3 p, double r)
        {
            double x = view.X(p), y = view.Y(p);
            minX = Math.Min(minX, x - r); maxX = Math.Max(maxX, x + r);
            minY = Math.Min(minY, y - r); maxY = Math.Max(maxY, y + r);
        }
        foreach (var s in body.Segments)
            foreach (var p in s.Points) Add(p, s.Radius * Scale + 0.7);
        foreach (var p in body.Props) { Add(p.From, 1); Add(p.To, 1); }
        foreach (var c in body.Chairs)
            foreach (var (a, b) in c.Lines()) { Add(a, 1); Add(b, 1); }
        if (body.WallX is { } w && view.IsSide) { Add(new Vec3(w, 0, 0), 2); Add(new Vec3(w, 0.7, 0), 2); }
        if (body.WallX is { } t && view.View == "top") { Add(new Vec3(t, 0, -0.3), 2); Add(new Vec3(t, 0, 0.3), 2); }
        return new Box(minX, maxX, minY, maxY);
    }

    /// <summary>A number with one decimal, in the invariant culture, never "-0.0".</summary>
    internal static string N(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0;
        return rounded.ToString("0.0", CultureInfo.InvariantCulture);
    }
}
