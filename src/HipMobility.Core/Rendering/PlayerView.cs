using HipMobility.Theme;

namespace HipMobility.Rendering;

/// <summary>
/// One step of a routine's player (<c>/routines/&lt;id&gt;/play/</c>), as words for the page and as numbers for its
/// script: the hold in seconds (breath-counted holds also as breaths), the most repetitions, and whether it is done on
/// each side. A range is timed by its upper bound, as the routine's total time is.
/// </summary>
public sealed record PlayStepView(
    int Number,
    string Id,
    int StepCount,
    string PoseTitle,
    string PoseUrl,
    string? VariantName,
    string Position,
    string Dose,
    string Sides,
    string SidesKey,
    string? Note,
    string Cue,
    IReadOnlyList<string> Cautions,
    Html FigureHtml) : IThemeModel
{
    public string? Hold { get; init; }
    public string? Reps { get; init; }
    /// <summary>The hold in seconds (its upper bound), or 0 when the step is counted in repetitions only.</summary>
    public int HoldSeconds { get; init; }
    /// <summary>The hold in breaths when it is counted in breaths, else 0.</summary>
    public int HoldBreaths { get; init; }
    /// <summary>The most repetitions asked for, or 0 when the step is a hold only.</summary>
    public int RepsMax { get; init; }
    /// <summary>How many sets: the player counts them ("Set 1 of 2").</summary>
    public int Sets { get; init; } = 1;

    string IThemeModel.ThemeName => "a step of the player";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Number("number", Number).Text("id", Id).Number("step_count", StepCount)
        .Text("pose_title", PoseTitle).Text("pose_url", PoseUrl).Text("variant_name", VariantName).Text("position", Position)
        .Text("dose", Dose).Text("sides", Sides).Text("sides_key", SidesKey).Text("note", Note).Text("cue", Cue)
        .Texts("cautions", Cautions).Raw("figure_html", FigureHtml).Text("hold", Hold).Text("reps", Reps)
        .Number("hold_seconds", HoldSeconds).Number("hold_breaths", HoldBreaths).Number("reps_max", RepsMax)
        .Number("sets", Sets);
}

/// <summary>A routine's player page: every step in order, readable as a list without script.</summary>
public sealed record PlayerView(
    string Id,
    string Title,
    string Summary,
    int TotalMinutes,
    int StepCount,
    IReadOnlyList<PlayStepView> Steps,
    string Url,
    string PrintUrl,
    string SafetyUrl,
    string SafetyLine,
    IReadOnlyList<string> Days) : IThemeModel
{
    string IThemeModel.ThemeName => "the routine player";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("id", Id).Text("title", Title).Text("summary", Summary)
        .Number("total_minutes", TotalMinutes).Number("step_count", StepCount).Objects("steps", Steps).Text("url", Url)
        .Text("print_url", PrintUrl).Text("safety_url", SafetyUrl).Text("safety_line", SafetyLine).Texts("days", Days);
}
