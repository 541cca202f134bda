using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using HipMobility.Content;
using HipMobility.Schema;

namespace HipMobility.Rendering;

/// <summary>
/// The handout builder (<c>/handouts/new/</c>) and the one data file it reads, <c>/handouts/guide.json</c>: every pose
/// with its variants, key cue, every caution and default dose, and every routine's steps. Stable order (poses and
/// routines by title, then id; variants as written), so the same content gives the same bytes.
/// Ids are what handout links store; <c>formerIds</c> lets a link made before a rename still find the pose or variant.
/// </summary>
public static partial class HandoutData
{
    /// <summary>The builder page, relative to the site root.</summary>
    public const string PagePath = SiteUrls.HandoutBuilder;

    /// <summary>The data file, relative to the site root.</summary>
    public const string DataPath = SiteUrls.HandoutData;

    public const int FormatVersion = 1;

    /// <summary>Serialisation code generated at compile time, so the natively compiled build needs no reflection for it.</summary>
    private static readonly HandoutJson Serializer = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Non-ASCII stays readable; characters that matter in HTML are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    });

    public sealed record VariantData(string Id, IReadOnlyList<string> FormerIds, string Name, string Position, string Intensity, string Cue)
    {
        /// <summary>Every precaution of this version: the pose's, with the variant's own in their place.</summary>
        public IReadOnlyList<PrecautionData> Precautions { get; init; } = [];

        /// <summary>This version's own figure, if it has one (a sheet shows no picture of another version).</summary>
        public FigureData? Figure { get; init; }
    }

    /// <summary>A figure's file and the words that say what it shows (the <c>alt</c> of the image).</summary>
    public sealed record FigureData(string Url, string Alt);

    /// <summary>
    /// A precaution of a pose or variant: its tag and level; for avoid and modify, the safer version (<c>usePose</c>,
    /// and <c>useVariant</c> when it is a variant); the caution line the sheet prints, worded as on the guide's pages.
    /// </summary>
    public sealed record PrecautionData(string Tag, string Level, string? UsePose, string? UseVariant, string? Line);

    /// <summary>A precaution tag of the "this patient has" checklist: its title, its page, and its short caution line.</summary>
    public sealed record PrecautionTagData(string Id, string Title, string Url, string Caution);

    public sealed record PoseData(string Id, IReadOnlyList<string> FormerIds, string Title, string? Sanskrit, IReadOnlyList<string> Aliases,
        string Url, string Position, string Intensity, string Cue, IReadOnlyList<string> Cautions, string? Hold, string? Reps, string Sides,
        IReadOnlyList<VariantData> Variants)
    {
        /// <summary>The precautions of the pose itself (the main version).</summary>
        public IReadOnlyList<PrecautionData> Precautions { get; init; } = [];

        /// <summary>The pose's figure, if it has one.</summary>
        public FigureData? Figure { get; init; }
    }

    private static FigureData? FigureOf(SiteUrls urls, Pose pose, PoseVariant? variant) =>
        (variant is null ? pose.Figure : pose.FigureOf(variant)) is { } figure
            ? new FigureData(urls.Figure(pose.Id, variant?.Id), Figures.FigureSvg.Description(figure.Frames))
            : null;

    /// <summary>A routine's step; <paramref name="Sets"/> and <paramref name="Rest"/> are left out for a single set.</summary>
    public sealed record StepData(string Pose, string? Variant, string? Hold, string? Reps, string Sides, string? Note, int? Sets = null, string? Rest = null);

    /// <summary>A routine; <paramref name="TimesADay"/> and <paramref name="DaysAWeek"/> are left out when the routine does not say how often.</summary>
    public sealed record RoutineData(string Id, string Title, string Url, IReadOnlyList<StepData> Steps, int? DaysAWeek = null, int? TimesADay = null);

    public sealed record GuideData(int Version, IReadOnlyDictionary<string, string> Positions, IReadOnlyList<PoseData> Poses,
        IReadOnlyList<RoutineData> Routines)
    {
        /// <summary>The precaution tags, in the order of the controlled list.</summary>
        public IReadOnlyList<PrecautionTagData> Precautions { get; init; } = [];
    }

    /// <summary>A version's precautions, each with its safer version and, given the theme's words, its caution line.</summary>
    private static IReadOnlyList<PrecautionData> PrecautionsOf(LinkedSite site, Pose pose, PoseVariant? variant, PrecautionLines? lines) =>
        pose.PrecautionsOf(variant).Select(p =>
        {
            var instead = p.Use is { } use ? site.ResolveUse(pose, use) : null;
            return new PrecautionData(p.Tag, p.Level, instead?.Pose.Id, instead?.Variant?.Id, lines?.Line(pose, p));
        }).ToList();

    public static GuideData Build(LinkedSite site, PrecautionLines? lines = null)
    {
        var urls = site.Urls;
        var poses = site.Poses.Values
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new PoseData(p.Id, FormerPoseIds(p), p.Title, p.Sanskrit, p.Aliases, urls.Pose(p.Id), p.Position, p.Intensity, p.Cue,
                p.Cautions, p.Dose.Hold?.Text, p.Dose.Reps?.Text, p.Sides,
                p.Variants.Select(v => new VariantData(v.Id, v.RedirectFrom, v.Name, v.Position, v.Intensity, v.Cue)
                    { Precautions = PrecautionsOf(site, p, v, lines), Figure = FigureOf(urls, p, v) }).ToList())
                { Precautions = PrecautionsOf(site, p, null, lines), Figure = FigureOf(urls, p, null) })
            .ToList();
        var routines = site.Routines.Values
            .OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new RoutineData(r.Id, r.Title, urls.Routine(r.Id),
                r.Steps.Where(s => site.Poses.ContainsKey(s.PoseId))
                    .Select(s => new StepData(s.PoseId, s.VariantId, s.Dose.Hold?.Text, s.Dose.Reps?.Text, s.Sides, s.Note,
                        s.Dose.Sets > 1 ? s.Dose.Sets : null, s.Dose.Sets > 1 ? s.Dose.Rest?.Text : null)).ToList(),
                r.HowOften?.DaysAWeek, r.HowOften?.TimesADay))
            .ToList();
        var positions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in ControlledLists.Positions) positions[p] = Labels.Position(p);
        var tags = ControlledLists.Precautions.Where(site.PrecautionTags.ContainsKey).Select(t => site.PrecautionTags[t])
            .Select(t => new PrecautionTagData(t.Id, t.Title, urls.Precaution(t.Id), t.Caution)).ToList();
        return new GuideData(FormatVersion, positions, poses, routines) { Precautions = tags };
    }

    /// <summary>The data file's bytes: compact UTF-8 JSON.</summary>
    public static byte[] Json(LinkedSite site, PrecautionLines? lines = null) => JsonSerializer.SerializeToUtf8Bytes(Build(site, lines), Serializer.GuideData);

    public static OutputFile File(LinkedSite site, PrecautionLines lines) => new(DataPath, Json(site, lines));

    /// <summary>Old ids of a renamed pose, from its <c>redirect_from</c> entries of the form <c>/poses/&lt;id&gt;/</c>.</summary>
    private static IReadOnlyList<string> FormerPoseIds(Pose pose) =>
        pose.RedirectFrom.Select(SiteUrls.Rooted.PoseIdOf).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
}

/// <summary>The handout builder page: where its data lives and what the printed sheet always shows.</summary>
public sealed record HandoutView(string Title, string Intro, string DataUrl, IReadOnlyList<LinkItem> Routines, string SafetyLine,
    IReadOnlyList<string> Days, IReadOnlyList<string> Weeks) : Theme.IThemeModel
{

    /// <summary>The "this patient has" checklist: each precaution tag's title, page and id (<c>meta</c>).</summary>
    public IReadOnlyList<LinkItem> Conditions { get; init; } = [];

    /// <summary>What the sheet says when the handout does not set how often (the words a routine without one prints).</summary>
    public string HowOftenUnset { get; init; } = "";

    /// <summary>When to build up and when to ease off, printed on every handout whatever its poses.</summary>
    public string Progress { get; init; } = "";

    public string StepBack { get; init; } = "";

    string Theme.IThemeModel.ThemeName => "the handout builder";

    void Theme.IThemeModel.WriteFields(Theme.ThemeObject fields) => fields.Text("title", Title).Text("intro", Intro)
        .Text("data_url", DataUrl).Objects("routines", Routines).Text("safety_line", SafetyLine).Texts("days", Days).Texts("weeks", Weeks)
        .Objects("conditions", Conditions).Text("how_often_unset", HowOftenUnset).Text("progress", Progress).Text("step_back", StepBack);
}

[JsonSerializable(typeof(HandoutData.GuideData))]
internal sealed partial class HandoutJson : JsonSerializerContext;
