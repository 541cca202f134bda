using System.Text;
using HipMobility.Text;
using HipMobility.Content;
using HipMobility.Schema;

namespace HipMobility.Rendering;

/// <summary>
/// Hidden markup that tells Pagefind how to index a page: its type and, for poses, position, intensity, props and
/// muscles as filters; aliases, Sanskrit and Latin names as heavily weighted text, so a name that appears nowhere
/// visible ("garland pose") still finds its page. Synonyms come from the content's aliases, never from code. The
/// filters sit in an element Pagefind reads for filters but leaves out of the text it indexes: otherwise their values
/// ran together into a result's excerpt ("flexorsQuadricepsGluteus maximus").
/// </summary>
public static class SearchMarkup
{
    /// <summary>The filters the search page offers, with their values in a stable order.</summary>
    public static IReadOnlyList<(string Name, string Label, IReadOnlyList<(string Value, string Label)> Values)> Filters { get; } =
    [
        ("type", "Page type", [("pose", "Pose"), ("routine", "Routine"), ("muscle", "Muscle group"), ("page", "Page")]),
        ("position", "Position", ControlledLists.Positions.Select(p => (p, Labels.Position(p))).ToList()),
        ("intensity", "Intensity", ControlledLists.Intensities.Select(i => (i, Labels.Capitalised(i))).ToList()),
        ("props", "Props", ControlledLists.Props.Select(p => (p, Labels.Capitalised(p))).ToList()),
    ];

    public static string ForPose(Pose pose, LinkedSite site)
    {
        var html = Start("pose");
        foreach (var position in pose.Positions()) Filter(html, "position", position);
        foreach (var intensity in pose.Variants.Select(v => v.Intensity).Prepend(pose.Intensity).Distinct()) Filter(html, "intensity", intensity);
        foreach (var prop in pose.Variants.SelectMany(v => v.Props).Concat(pose.Props).Distinct().Order(StringComparer.Ordinal)) Filter(html, "props", prop);
        foreach (var muscle in pose.Muscles.All().Select(m => m.MuscleId).Distinct())
            if (site.Muscles.TryGetValue(muscle, out var group)) Filter(html, "muscle", group.Title);
        Names(EndFilters(html), pose.Aliases.Append(pose.Sanskrit).Concat(pose.Variants.Select(v => v.Name)));
        // Pagefind's image metadata: the results list shows the pose's figure beside its name.
        if (pose.Figure is not null) html.Append("<span data-pagefind-meta=\"image:").AppendEscaped(site.Urls.Figure(pose.Id)).Append("\"></span>");
        return End(html);
    }

    public static string ForMuscle(MuscleGroup muscle) =>
        End(Names(EndFilters(Start("muscle")), muscle.Aliases.Append(muscle.Latin)));

    public static string ForRoutine(Routine routine) => End(EndFilters(Start("routine")));

    public static string ForPage() => End(EndFilters(Start("page")));

    private static StringBuilder Start(string type)
    {
        var html = ScratchText.Take().Append("<div hidden class=\"search-meta\"><div data-pagefind-ignore>");
        Filter(html, "type", type);
        return html;
    }

    private static StringBuilder EndFilters(StringBuilder html) => html.Append("</div>");

    private static void Filter(StringBuilder html, string name, string value) =>
        html.Append("<span data-pagefind-filter=\"").Append(name).Append("\">").AppendEscaped(value).Append("</span>");

    private static StringBuilder Names(StringBuilder html, IEnumerable<string?> names)
    {
        var list = names.OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Count > 0)
            html.Append("<p data-pagefind-weight=\"7\">").AppendEscaped(string.Join(" · ", list)).Append("</p>");
        return html;
    }

    private static string End(StringBuilder html) => ScratchText.ToStringAndReturn(html.Append("</div>"));
}
