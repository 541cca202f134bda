using System.Text;
using HipMobility.Content;
using HipMobility.Figures;
using HipMobility.Text;

namespace HipMobility.Rendering;

/// <summary>
/// The contact sheet: one self-contained HTML page with every figure of every pose and variant, labelled, so that a
/// contributor can look at them all at once (<c>hipmobility figures --out sheet.html</c>). Poses and variants without
/// a figure are listed too, so the gaps show. Not part of the site: it has its own small stylesheet and no script.
/// </summary>
public static class FigureSheet
{
    public static string Html(IEnumerable<Pose> poses)
    {
        var all = poses.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var drawn = all.Count(p => p.Figure is not null);
        var variants = all.Sum(p => p.Variants.Count);
        var drawnVariants = all.Sum(p => p.Variants.Count(v => v.Figure is not null));

        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Figures: contact sheet</title>\n<style>\n")
            .Append(Style).Append("</style>\n</head>\n<body>\n<h1>Figures: contact sheet</h1>\n<p>")
            .Append(drawn).Append(" of ").Append(all.Count).Append(" poses and ").Append(drawnVariants).Append(" of ").Append(variants)
            .Append(" variants have a figure. The side nearer the reader is drawn darker; under a movement, its steps for the Play control, the end darkest.</p>\n");
        var missing = all.Where(p => p.Figure is null).Select(p => p.Id).ToList();
        if (missing.Count > 0)
            html.Append("<p class=\"missing\">No figure: ").Append(HtmlText.Escape(string.Join(", ", missing))).Append("</p>\n");

        foreach (var pose in all)
        {
            html.Append("<section id=\"").Append(HtmlText.Escape(pose.Id)).Append("\">\n<h2>").Append(HtmlText.Escape(pose.Title))
                .Append(" <small>").Append(HtmlText.Escape(pose.Id)).Append("</small></h2>\n<div class=\"row\">\n");
            Cell(html, pose.Figure, "fig-" + pose.Id, pose.Title, "pose");
            foreach (var v in pose.Variants)
                Cell(html, pose.FigureOf(v), $"fig-{pose.Id}-{v.Id}", v.Name, "variant " + v.Id);
            html.Append("</div>\n</section>\n");
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Cell(StringBuilder html, FigureSpec? figure, string id, string name, string label)
    {
        html.Append("<figure").Append(figure is null ? " class=\"none\"" : "").Append(">\n");
        if (figure is not null) html.Append(FigureSvg.Draw(figure, HtmlText.Escape(id), name)).Append('\n');
        // A movement's steps for the Play control, drawn over one another (the end darkest), to check the path between.
        if (figure is not null && FigureSvg.DrawMovement(figure) is { } movement) html.Append(movement);
        html.Append("<figcaption><b>").Append(HtmlText.Escape(name)).Append("</b> <small>").Append(HtmlText.Escape(label)).Append("</small>");
        if (figure is null) html.Append("<br>no figure");
        else
            foreach (var frame in figure.Frames)
                html.Append("<br>").Append(HtmlText.Escape(frame.Alt));
        html.Append("</figcaption>\n</figure>\n");
    }

    private const string Style = """
        body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem; color: #1c2125; background: #fff; }
        h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; border-top: 1px solid #ccc; padding-top: .6rem; }
        h2 small, figcaption small { color: #777; font-weight: normal; }
        .missing { color: #a33; }
        .row { display: flex; flex-wrap: wrap; gap: .8rem; align-items: flex-start; }
        figure { margin: 0; width: 26rem; border: 1px solid #ddd; padding: .4rem; }
        figure.none { width: 12rem; color: #a33; }
        figcaption { font-size: 12px; }
        .figure-svg { display: block; max-width: 100%; height: auto; max-height: 14rem; --fig-near: #1c2125; --fig-far: #98a1a8; }
        .figure-svg .fig-near { color: var(--fig-near); }
        .figure-svg .fig-far { color: var(--fig-far); }
        .figure-svg .fig-gap { stroke: #fff; }
        .figure-svg .fig-prop, .figure-svg .fig-floor, .figure-svg .fig-arrow { color: #666; }
        .figure-svg .fig-strap { color: #b35c00; }
        .figure-movement { margin-top: .3rem; }
        .figure-movement .fig-step { opacity: .3; }
        .figure-movement .fig-step:last-of-type { opacity: 1; }

        """;
}
