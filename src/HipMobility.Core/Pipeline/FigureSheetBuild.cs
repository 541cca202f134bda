using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Rendering;

namespace HipMobility.Pipeline;

/// <summary>
/// The contact sheet of every figure (<see cref="FigureSheet"/>): the content read, checked and linked by the same
/// stages as the site build, then one page drawn instead of the site. Content errors come back as diagnostics, and no
/// sheet.
/// </summary>
public static class FigureSheetBuild
{
    /// <param name="only">Pose ids to draw; empty draws every pose.</param>
    public static (IReadOnlyList<Diagnostic> Diagnostics, string? Html) Run(string inputDirectory, IReadOnlyCollection<string>? only = null)
    {
        var urls = new SiteUrls("http://localhost/");
        var diagnostics = new DiagnosticBag();
        var content = ValidateStage.Run(ParseStage.Run(DiscoverStage.Run(inputDirectory), urls, diagnostics), diagnostics);
        var site = LinkStage.Run(content, urls, diagnostics);
        if (diagnostics.HasErrors) return (diagnostics.Sorted(), null);
        return (diagnostics.Sorted(), FigureSheet.Html(site.Poses.Values.Where(p => only is null || only.Count == 0 || only.Contains(p.Id))));
    }
}
