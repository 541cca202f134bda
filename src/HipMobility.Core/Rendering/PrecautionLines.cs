using HipMobility.Content;
using HipMobility.Theme;

namespace HipMobility.Rendering;

/// <summary>
/// The caution lines made from precaution tags, worded the same on every page and sheet: the tag's opening words
/// (<c>condition</c>, from <c>input/precautions/&lt;tag&gt;.md</c>) and the level's words (<c>precaution_lines</c> in
/// <c>theme/wording.yml</c>), with the safer version's name or the pose's own line.
/// </summary>
public sealed class PrecautionLines(LinkedSite site, ThemeWording wording)
{
    /// <summary>The line one precaution of <paramref name="owner"/> (or of one of its variants) prints.</summary>
    public string Line(Pose owner, Precaution precaution)
    {
        var condition = site.PrecautionTags.TryGetValue(precaution.Tag, out var tag) ? tag.Condition : precaution.Tag;
        var instead = precaution.Use is { } use ? site.ResolveUse(owner, use) : null;
        return precaution.Level switch
        {
            PrecautionLevels.Avoid when instead is not null =>
                wording.Format("precaution_lines.avoid_instead", ("condition", condition), ("version", NameOf(owner, instead))),
            PrecautionLevels.Avoid => wording.Format("precaution_lines.avoid", ("condition", condition)),
            PrecautionLevels.Modify => wording.Format("precaution_lines.modify", ("condition", condition),
                ("version", instead is null ? precaution.Use ?? "" : NameOf(owner, instead))),
            _ => wording.Format("precaution_lines.take_care", ("condition", condition), ("line", Sentence(precaution.Line ?? ""))),
        };
    }

    /// <summary>The lines of every precaution of a version (the pose itself, or a variant with what it inherits).</summary>
    public IReadOnlyList<string> Lines(PoseVersion version) => version.Precautions.Select(p => Line(version.Pose, p)).ToList();

    /// <summary>The lines with their tag's page, for pages that link each line to its explanation.</summary>
    public IReadOnlyList<PrecautionLineView> Views(Pose owner, IEnumerable<Precaution> precautions) =>
        precautions.Where(p => p.Level != PrecautionLevels.None)
            .Select(p => new PrecautionLineView(site.PrecautionTags.TryGetValue(p.Tag, out var t) ? t.Title : p.Tag,
                site.Urls.Precaution(p.Tag), p.Level, Line(owner, p)))
            .ToList();

    /// <summary>A safer version as a reader finds it: a variant of the same pose by its name, another pose's as "Name (Pose)".</summary>
    public static string NameOf(Pose owner, PoseVersion version) =>
        version.Variant is null ? version.Pose.Title
        : version.Pose == owner ? version.Variant.Name
        : $"{version.Variant.Name} ({version.Pose.Title})";

    /// <summary>The URL of a version: its pose page, at the variant's row for a variant.</summary>
    public string UrlOf(PoseVersion version) => site.Urls.Pose(version.Pose.Id) + (version.Variant is null ? "" : "#" + version.Variant.Id);

    /// <summary>A line as written, ending with a full stop unless it ends with other punctuation.</summary>
    private static string Sentence(string line) => line.Length > 0 && line[^1] is '.' or '!' or '?' ? line : line + ".";
}

/// <summary>A caution line made from a precaution tag, with the tag's title and page; <see cref="Level"/> is the CSS key.</summary>
public sealed record PrecautionLineView(string Title, string Url, string Level, string Line) : IThemeModel
{
    string IThemeModel.ThemeName => "a precaution line";
    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("title", Title).Text("url", Url).Text("level", Level).Text("line", Line);
}

/// <summary>
/// One row of a precaution tag's page: a pose, the versions a level applies to ("All versions" or their names), the
/// safer version to use instead, and the pose's own line for take-care.
/// </summary>
public sealed record PrecautionUseRow(string PoseTitle, string PoseUrl, string Versions, string? InsteadTitle, string? InsteadUrl, string? Line) : IThemeModel
{
    string IThemeModel.ThemeName => "a pose on a precaution page";
    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("pose_title", PoseTitle).Text("pose_url", PoseUrl).Text("versions", Versions)
        .Text("instead_title", InsteadTitle).Text("instead_url", InsteadUrl).Text("line", Line);
}

/// <summary>A precaution tag's page (<c>/precautions/&lt;tag&gt;/</c>): what the condition means and what it asks of each pose.</summary>
public sealed record PrecautionView(string Id, string Title, string Summary, string Caution, IReadOnlyList<PrecautionUseRow> Avoid,
    IReadOnlyList<PrecautionUseRow> Modify, IReadOnlyList<PrecautionUseRow> TakeCare, Html BodyHtml) : IThemeModel
{
    /// <summary>Routines with a note for readers with this condition.</summary>
    public IReadOnlyList<LinkItem> RoutineNotes { get; init; } = [];

    string IThemeModel.ThemeName => "the precaution page";
    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("id", Id).Text("title", Title).Text("summary", Summary)
        .Text("caution", Caution).Objects("avoid", Avoid).Objects("modify", Modify).Objects("take_care", TakeCare)
        .Objects("routine_notes", RoutineNotes).Raw("body_html", BodyHtml);
}
