namespace HipMobility.Content;

/// <summary>
/// Where a content item came from: its display path (e.g. <c>input/poses/pigeon.md</c>), its path inside the input
/// folder, and where each front-matter value stands (keys like <c>muscles.stretched[0]</c>), for precise errors.
/// </summary>
public sealed record ContentSource(string RelativePath, string InputRelativePath, FieldPositions Fields)
{
    public Diagnostics.SourceLocation At(string field) =>
        Fields.Find(field) is var (line, column) ? new Diagnostics.SourceLocation(RelativePath, line, column) : new Diagnostics.SourceLocation(RelativePath, 1, 1);
}

/// <summary>
/// The line and column of each front-matter value, by key. Every document keeps one, so it is a plain array: as a
/// dictionary it was seven kilobytes a document, the largest part of a big guide's memory. Looked up only to report.
/// </summary>
public sealed class FieldPositions(IEnumerable<KeyValuePair<string, Diagnostics.SourceLocation>> positions)
{
    private readonly (string Key, int Line, int Column)[] _entries = positions.Select(p => (p.Key, p.Value.Line, p.Value.Column)).ToArray();

    public (int Line, int Column)? Find(string key)
    {
        foreach (var entry in _entries)
            if (entry.Key == key) return (entry.Line, entry.Column);
        return null;
    }
}

/// <summary>
/// A Markdown body as the parse stage leaves it: its HTML, rendered once from the syntax tree where the tree was built,
/// the text of each item of its first ordered list (a pose's steps), the number of file lines before it, and its
/// <c>[[links]]</c>. The HTML and the steps hold a slot for each link (see <see cref="Markdown.BodySlots"/>), filled
/// once the link stage knows every target's address and title. Neither the tree nor the Markdown text is kept: a
/// large guide's trees would give the garbage collector millions of objects to walk, and parsing twice cost more.
/// </summary>
public sealed record ContentBody(string Html, IReadOnlyList<string> Steps, int LineOffset, IReadOnlyList<BodyLink> Links);

/// <summary>A <c>[[target#fragment|label]]</c> link in a body, and where it stands in its file (1-based).</summary>
public sealed record BodyLink(string TargetId, string? Fragment, string? Label, int Line, int Column);

public sealed record MuscleRoles(IReadOnlyList<string> Stretched, IReadOnlyList<string> Strengthened, IReadOnlyList<string> Stabilising)
{
    public IEnumerable<(MuscleRole Role, string MuscleId)> All()
    {
        foreach (var m in Stretched) yield return (MuscleRole.Stretched, m);
        foreach (var m in Strengthened) yield return (MuscleRole.Strengthened, m);
        foreach (var m in Stabilising) yield return (MuscleRole.Stabilising, m);
    }
}

public enum MuscleRole { Stretched, Strengthened, Stabilising }

/// <summary>A pose, muscle group, routine or page: a Markdown file with typed front matter.</summary>
public interface IContentItem
{
    ContentSource Source { get; }
    ContentBody Body { get; }

    /// <summary>When the content was last reviewed (<c>reviewed:</c>); null when the page has no review date.</summary>
    DateOnly? Reviewed { get; }
}

/// <summary>Review dates: a page's content is due for review a year after it was last reviewed.</summary>
public static class Review
{
    public static DateOnly NextDue(DateOnly reviewed) => reviewed.AddYears(1);

    /// <summary>Whether a page reviewed on <paramref name="reviewed"/> is past its review date on <paramref name="asOf"/>.</summary>
    public static bool IsOverdue(DateOnly reviewed, DateOnly asOf) => NextDue(reviewed) < asOf;
}

/// <summary>A version of a pose; <paramref name="RedirectFrom"/> holds its earlier ids, whose anchors keep working.</summary>
public sealed record PoseVariant(string Id, string Name, string Position, string Intensity, IReadOnlyList<string> Props, string Cue,
    IReadOnlyList<string> RedirectFrom)
{
    /// <summary>What the variant's <c>figure:</c> block changes from the pose's figure, if it has one.</summary>
    public FigureOverride? Figure { get; init; }

    /// <summary>The variant's own precautions; each replaces the pose's for the same tag (see <see cref="Pose.PrecautionsOf"/>).</summary>
    public IReadOnlyList<Precaution> Precautions { get; init; } = [];
}

/// <summary>The levels a precaution can have, from the strongest.</summary>
public static class PrecautionLevels
{
    /// <summary>Leave this version out; <see cref="Precaution.Use"/> may name a safer one to offer instead.</summary>
    public const string Avoid = "avoid";
    /// <summary>Do the version named in <see cref="Precaution.Use"/> instead.</summary>
    public const string Modify = "modify";
    /// <summary>This version is fine with care: <see cref="Precaution.Line"/> says what to watch.</summary>
    public const string TakeCare = "take-care";
    /// <summary>Only on a variant: the pose's precaution for this tag does not apply to this version.</summary>
    public const string None = "none";

    public static readonly IReadOnlyList<string> All = [Avoid, Modify, TakeCare, None];
}

/// <summary>
/// What a pose or variant asks of a reader with a condition (a tag of <c>input/precautions/</c>): leave it out, do
/// another version instead, or take care in a stated way. <paramref name="Use"/> is as written: a variant id of the same
/// pose, a pose id, or <c>pose#variant</c>.
/// </summary>
public sealed record Precaution(string Tag, string Level, string? Use, string? Line)
{
    /// <summary>Where the front matter declared it (<c>precautions[0]</c> or <c>variants[1].precautions[0]</c>), for errors.</summary>
    public string Field { get; init; } = "";

    /// <summary>Whether it keeps a reader with the condition from this version as it is (avoid or modify).</summary>
    public bool KeepsFrom => Level is PrecautionLevels.Avoid or PrecautionLevels.Modify;
}

/// <summary>A pose or one of its versions: what a routine step, a handout step or a <c>use:</c> names.</summary>
public sealed record PoseVersion(Pose Pose, PoseVariant? Variant)
{
    public string Name => Variant?.Name ?? Pose.Title;
    public string Position => Variant?.Position ?? Pose.Position;
    public IReadOnlyList<Precaution> Precautions => Pose.PrecautionsOf(Variant);
}

public sealed record Pose(
    string Id,
    string Title,
    string? Sanskrit,
    IReadOnlyList<string> Aliases,
    string Summary,
    string Cue,
    IReadOnlyList<string> Movements,
    MuscleRoles Muscles,
    string Position,
    string Intensity,
    IReadOnlyList<string> Props,
    Dose Dose,
    string Sides,
    IReadOnlyList<string> Cautions,
    IReadOnlyList<PoseVariant> Variants,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> RedirectFrom,
    string? Standalone,
    ContentSource Source,
    ContentBody Body) : IContentItem
{
    public DateOnly? Reviewed { get; init; }

    /// <summary>The pose's drawing, if its front matter has a <c>figure:</c> block.</summary>
    public FigureSpec? Figure { get; init; }

    /// <summary>A variant's drawing: its own figure over the pose's, or null when the variant has none.</summary>
    public FigureSpec? FigureOf(PoseVariant variant) =>
        variant.Figure is null ? null : Figure is null ? variant.Figure.Alone() : Figure.Override(variant.Figure);

    public PoseVariant? FindVariant(string id) => Variants.FirstOrDefault(v => v.Id == id);

    /// <summary>The pose's precautions (for the pose itself and, unless they say otherwise, every variant).</summary>
    public IReadOnlyList<Precaution> Precautions { get; init; } = [];

    /// <summary>
    /// The precautions of the pose itself (null) or of one variant: the pose's, each replaced by the variant's own for
    /// the same tag, a variant's <c>none</c> removing it, then the variant's other tags. In the pose's order, then the variant's.
    /// </summary>
    public IReadOnlyList<Precaution> PrecautionsOf(PoseVariant? variant)
    {
        if (variant is null || variant.Precautions.Count == 0) return Precautions;
        var result = new List<Precaution>();
        foreach (var p in Precautions)
        {
            var own = variant.Precautions.FirstOrDefault(v => v.Tag == p.Tag) ?? p;
            if (own.Level != PrecautionLevels.None) result.Add(own);
        }
        foreach (var v in variant.Precautions)
            if (v.Level != PrecautionLevels.None && Precautions.All(p => p.Tag != v.Tag)) result.Add(v);
        return result;
    }

    /// <summary>Every position the pose or one of its variants can be done in.</summary>
    public IEnumerable<string> Positions() => Variants.Select(v => v.Position).Prepend(Position).Distinct();
}

public sealed record MuscleGroup(
    string Id,
    string Title,
    string? Latin,
    IReadOnlyList<string> Aliases,
    string Region,
    string Summary,
    IReadOnlyList<string> BodyMap,
    IReadOnlyList<string> RedirectFrom,
    ContentSource Source,
    ContentBody Body) : IContentItem
{
    public DateOnly? Reviewed { get; init; }
}

public sealed record RoutineStep(string PoseId, string? VariantId, Dose Dose, string Sides, string? Note)
{
    /// <summary>Seconds this step takes: each side, each set, and the rests between sets.</summary>
    public int Seconds => Dose.TotalSeconds(Sides == "each" ? 2 : 1);
}

/// <summary>A routine's word to readers with one condition, such as which step to leave out and what to do instead.</summary>
public sealed record RoutinePrecautionNote(string Tag, string Note);

public sealed record Routine(
    string Id,
    string Title,
    string Summary,
    string Level,
    string Setting,
    IReadOnlyList<RoutineStep> Steps,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> RedirectFrom,
    ContentSource Source,
    ContentBody Body) : IContentItem
{
    /// <summary>What the routine says to readers with a condition (a precaution tag) about its steps.</summary>
    public IReadOnlyList<RoutinePrecautionNote> PrecautionNotes { get; init; } = [];

    public DateOnly? Reviewed { get; init; }

    /// <summary>How many times a day and days a week to do it; null when the routine does not say.</summary>
    public HowOften? HowOften { get; init; }

    /// <summary>When to move on to harder versions or more, in words a patient can act on.</summary>
    public string? Progress { get; init; }

    /// <summary>When and how to ease off.</summary>
    public string? StepBack { get; init; }

    /// <summary>For a routine that builds over several weeks: what to do in each stretch of weeks, in order.</summary>
    public IReadOnlyList<RoutineStage> Stages { get; init; } = [];

    /// <summary>Seconds allowed to move from one step to the next.</summary>
    public const int TransitionSeconds = 10;

    /// <summary>Total time in whole minutes, rounded up; computed from the steps, never typed.</summary>
    public int TotalMinutes
    {
        get
        {
            var seconds = Steps.Sum(s => s.Seconds) + TransitionSeconds * Math.Max(0, Steps.Count - 1);
            return (seconds + 59) / 60;
        }
    }
}

/// <summary>How often to do a routine: <paramref name="TimesADay"/> times a day on <paramref name="DaysAWeek"/> days a week.</summary>
public sealed record HowOften(int TimesADay, int DaysAWeek)
{
    public const int MaxTimesADay = 3;
}

/// <summary>A stretch of weeks of a routine that builds over time (<paramref name="Weeks"/> as written, e.g. <c>1-2</c>) and what to do in it.</summary>
public sealed record RoutineStage(string Weeks, string Plan)
{
    /// <summary>The last week the stage names (6 for "5-6"), or null when <see cref="Weeks"/> ends in no number.</summary>
    public int? LastWeek
    {
        get
        {
            var end = Weeks.AsSpan().TrimEnd();
            var digits = 0;
            while (digits < end.Length && digits < 3 && char.IsAsciiDigit(end[end.Length - 1 - digits])) digits++;
            return digits == 0 ? null : int.Parse(end[^digits..], System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>A free page such as home, safety or about.</summary>
public sealed record Page(string Slug, string Title, string Summary, string? Layout, IReadOnlyList<string> RedirectFrom, ContentSource Source, ContentBody Body) : IContentItem
{
    public bool IsHome => Slug == "index";

    public DateOnly? Reviewed { get; init; }
}

/// <summary>
/// A precaution tag's page for patients (<c>input/precautions/&lt;tag&gt;.md</c>): its title, the words that open every
/// caution line made from it (<paramref name="Condition"/>: "If you have osteoporosis"), a short caution line that says
/// what the condition asks for, and a body that explains it in plain words.
/// </summary>
public sealed record PrecautionTag(string Id, string Title, string Summary, string Condition, string Caution, ContentSource Source, ContentBody Body) : IContentItem
{
    public DateOnly? Reviewed { get; init; }
}

/// <summary>A source the guide draws facts from: one of the lay articles, or clinical guidance with its publisher, date and address.</summary>
public sealed record SourceArticle(string Id, string Title)
{
    /// <summary>Who published it, e.g. "NICE"; null for the lay articles.</summary>
    public string? Publisher { get; init; }
    /// <summary>When it was published, as written, e.g. "2016, updated 2020".</summary>
    public string? Published { get; init; }
    /// <summary>Its public address (https only).</summary>
    public string? Url { get; init; }
    /// <summary>What the guide takes from it, in our words: only what it says.</summary>
    public string? Says { get; init; }
}

/// <summary>All content of the site after validation, before linking.</summary>
public sealed record ContentSet(
    IReadOnlyList<Pose> Poses,
    IReadOnlyList<MuscleGroup> Muscles,
    IReadOnlyList<Routine> Routines,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<SourceArticle> SourceArticles,
    IReadOnlySet<string> UnreadableIds,
    UrlRegister? UrlRegister = null)
{
    /// <summary>The precaution tags' pages (<c>input/precautions/</c>).</summary>
    public IReadOnlyList<PrecautionTag> Precautions { get; init; } = [];
}

/// <summary>The register of every URL the site has ever published (<c>input/published-urls.txt</c>), with line numbers.</summary>
public sealed record UrlRegister(string Path, string FullPath, IReadOnlyList<(string Url, int Line)> Entries);
