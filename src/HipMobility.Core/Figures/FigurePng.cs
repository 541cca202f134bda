using System.Text.RegularExpressions;
using SkiaSharp;

namespace HipMobility.Figures;

/// <summary>
/// A figure painted as a PNG, for the <c>og:image</c> a shared link shows (link previews take PNG or JPEG, not SVG). It
/// paints the same marks the SVG is written from, in the light colours of the theme's figure stylesheet, centred on a
/// card of the size link previews expect. SkiaSharp paints and encodes; nothing here reads or writes a file.
/// </summary>
public static class FigurePng
{
    /// <summary>The card size link previews are designed for (1.91:1).</summary>
    public const int Width = 1200, Height = 630;

    /// <summary>How much of the card the figure may fill, so it never touches a preview's rounded corners.</summary>
    private const double Fill = 0.84;

    public static byte[] Paint(FigureSvg.Drawing drawing, FigurePalette palette)
    {
        var scale = (float)Math.Min(Width * Fill / drawing.Width, Height * Fill / drawing.Height);
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(palette.Background);
            canvas.Translate((float)(Width - drawing.Width * scale) / 2, (float)(Height - drawing.Height * scale) / 2);
            canvas.Scale(scale);
            canvas.Translate(0, (float)-drawing.Top);
            using var paint = new SKPaint { IsAntialias = true, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
            foreach (var mark in drawing.Marks) PaintMark(canvas, paint, mark, palette);
        }
        // Line art on a flat background: the "up" filter and a light zlib level encode it three times faster than
        // Skia's default (all filters, level 6) for about a tenth more bytes.
        using var pixels = bitmap.PeekPixels();
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 3))
            ?? throw new InvalidOperationException("Skia could not encode a PNG");
        return data.ToArray();
    }

    private static void PaintMark(SKCanvas canvas, SKPaint paint, FigureMark mark, FigurePalette palette)
    {
        paint.Color = palette.Of(mark.Class);
        switch (mark)
        {
            case PathMark path:
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = (float)path.Width;
                using (var shape = SKPath.ParseSvgPathData(path.Data)) canvas.DrawPath(shape, paint);
                break;
            case RectMark rect:
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = (float)RectMark.Stroke;
                canvas.DrawRoundRect(new SKRect((float)rect.X, (float)rect.Y, (float)(rect.X + rect.W), (float)(rect.Y + rect.H)),
                    (float)rect.Radius, (float)rect.Radius, paint);
                break;
            case CircleMark circle:
                paint.Style = circle.Class == FigureMark.Gap ? SKPaintStyle.Stroke : SKPaintStyle.Fill;
                paint.StrokeWidth = (float)CircleMark.GapStroke;
                canvas.DrawCircle((float)circle.X, (float)circle.Y, (float)circle.Radius, paint);
                break;
            case GroupMark group:
                foreach (var inner in group.Marks) PaintMark(canvas, paint, inner, palette);
                break;
        }
    }
}

/// <summary>
/// The colour of each figure class (<c>fig-near</c>, <c>fig-far</c>…), read from the light-scheme rules of the theme's
/// figure stylesheet (<c>theme/figure.css</c>), so a PNG is coloured like the SVG files. The gap's colour is the background.
/// </summary>
public sealed partial class FigurePalette
{
    private readonly Dictionary<string, SKColor> _colours;

    private FigurePalette(Dictionary<string, SKColor> colours) => _colours = colours;

    public SKColor Background => Of(FigureMark.Gap);

    /// <summary>A class the stylesheet does not colour is drawn in the near limbs' colour, as the SVG's currentColor would be.</summary>
    public SKColor Of(string cls) => _colours.TryGetValue(cls, out var colour) ? colour
        : _colours.TryGetValue("fig-near", out var near) ? near : SKColors.Black;

    /// <summary>The rules before the first <c>@media</c>: <c>.fig-a, .fig-b { color: #rrggbb; }</c> (or <c>stroke:</c>).</summary>
    public static FigurePalette FromCss(string css)
    {
        css = Comment().Replace(css, "");
        var media = css.IndexOf("@media", StringComparison.Ordinal);
        var light = media < 0 ? css : css[..media];
        var colours = new Dictionary<string, SKColor>(StringComparer.Ordinal) { [FigureMark.Gap] = SKColors.White };
        foreach (Match rule in Rule().Matches(light))
        {
            var colour = SKColor.Parse(rule.Groups["colour"].Value);
            foreach (Match cls in Class().Matches(rule.Groups["selectors"].Value)) colours[cls.Groups[1].Value] = colour;
        }
        return new FigurePalette(colours);
    }

    [GeneratedRegex(@"(?<selectors>[^{}]*)\{\s*(?:color|stroke)\s*:\s*(?<colour>#[0-9a-fA-F]{3,6})\s*;?\s*\}")]
    private static partial Regex Rule();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\.(fig-[a-z-]+)")]
    private static partial Regex Class();
}
