using System.Text;

namespace HipMobility.Figures;

/// <summary>
/// One mark of a drawn figure, in SVG units (y down): a stroked path, an outlined rectangle, a disc, or a group of marks.
/// A figure is drawn once as a list of marks; the SVG is written from it, and so is a raster copy (<see cref="FigurePng"/>),
/// so the two can never show different things. <see cref="Class"/> names the colour the theme gives the mark.
/// </summary>
public abstract record FigureMark(string Class)
{
    /// <summary>The outline drawn under each limb to part it from what lies behind: the background's colour.</summary>
    public const string Gap = "fig-gap";

    /// <summary>The marks as SVG elements in a group of the shared stroke settings, one element a line.</summary>
    internal static string Svg(IReadOnlyList<FigureMark> marks)
    {
        var svg = new StringBuilder(4096);
        svg.Append("<g fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\">");
        foreach (var mark in marks) mark.Write(svg);
        return svg.Append("\n</g>\n</svg>").ToString();
    }

    internal abstract void Write(StringBuilder svg);

    /// <summary>What a mark is stroked with in the SVG's own attributes, before the theme's CSS colours it.</summary>
    private protected string StrokeAttribute => Class == Gap ? "#fff" : "currentColor";
}

/// <summary>A path (<c>M</c>, <c>L</c>, <c>H</c> and <c>V</c> commands) stroked with round ends.</summary>
public sealed record PathMark(string Class, double Width, string Data) : FigureMark(Class)
{
    internal override void Write(StringBuilder svg) => svg.Append("\n<path class=\"").Append(Class).Append("\" stroke=\"").Append(StrokeAttribute)
        .Append("\" stroke-width=\"").Append(FigureSvg.N(Width)).Append("\" d=\"").Append(Data).Append("\"/>");
}

/// <summary>A prop's outline: a rectangle with rounded corners, stroked thin.</summary>
public sealed record RectMark(string Class, double X, double Y, double W, double H, double Radius) : FigureMark(Class)
{
    public const double Stroke = 0.8;

    internal override void Write(StringBuilder svg) => svg.Append("\n<rect class=\"").Append(Class).Append("\" stroke=\"currentColor\" stroke-width=\"")
        .Append(FigureSvg.N(Stroke)).Append("\" x=\"").Append(FigureSvg.N(X)).Append("\" y=\"").Append(FigureSvg.N(Y)).Append("\" width=\"")
        .Append(FigureSvg.N(W)).Append("\" height=\"").Append(FigureSvg.N(H)).Append("\" rx=\"").Append(FigureSvg.N(Radius)).Append("\"/>");
}

/// <summary>The head: a filled disc, or (as the gap) a thin ring around one.</summary>
public sealed record CircleMark(string Class, double X, double Y, double Radius) : FigureMark(Class)
{
    /// <summary>How wide the gap's ring is.</summary>
    public const double GapStroke = 1.4;

    internal override void Write(StringBuilder svg) => svg.Append("\n<circle class=\"").Append(Class).Append("\" ")
        .Append(Class == Gap ? "stroke=\"#fff\" stroke-width=\"1.4\"" : "fill=\"currentColor\"").Append(" cx=\"").Append(FigureSvg.N(X))
        .Append("\" cy=\"").Append(FigureSvg.N(Y)).Append("\" r=\"").Append(FigureSvg.N(Radius)).Append("\"/>");
}

/// <summary>Marks shown and hidden together (one step of a movement).</summary>
public sealed record GroupMark(string Class, IReadOnlyList<FigureMark> Marks) : FigureMark(Class)
{
    internal override void Write(StringBuilder svg)
    {
        svg.Append("\n<g class=\"").Append(Class).Append("\">");
        foreach (var mark in Marks) mark.Write(svg);
        svg.Append("\n</g>");
    }
}
