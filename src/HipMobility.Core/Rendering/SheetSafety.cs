using HipMobility.Theme;

namespace HipMobility.Rendering;

/// <summary>
/// The safety wording every printed sheet carries, in one place: the red-flag box, the 0–10 pain rule and what to do in
/// a flare-up. The routine print page and the handout builder's sheet both show it through the theme's
/// <c>sheet-safety</c> partial (the handout's frame is drawn by the template, its steps by <c>handout.js</c>), so a
/// patient reads the same words whichever sheet they were given. The safety page (<c>input/safety.md</c>) says the same
/// in full; keep the two in step.
/// </summary>
public static class SheetSafety
{
    /// <summary>Signs that need help the same day: an emergency department or an emergency number.</summary>
    public static readonly IReadOnlyList<string> UrgentSigns =
    [
        "New trouble passing urine, or losing control of your bladder or bowels",
        "Numbness around the genitals, back passage, buttocks or inner thighs",
        "New problems with sexual function that came on with the back pain",
        "Weakness, numbness or pins and needles in both legs, or leg weakness that is getting worse",
        "A fall, a car accident or another injury just before the pain began",
        "Fever or feeling generally unwell along with back pain",
    ];

    /// <summary>Signs that need a doctor soon (within days), before going on with the routine.</summary>
    public static readonly IReadOnlyList<string> PromptSigns =
    [
        "You have had cancer, or you are losing weight without trying",
        "The pain is constant, or wakes you at night, and nothing you do eases it",
        "The pain is high in your back, between or around the shoulder blades",
        "This is new back pain and you are under 20 or over 50",
        "You have taken steroid tablets for a long time, or your immune system is weakened by illness or medicine",
    ];

    /// <summary>The 0–10 pain rule: what each band means for the exercise.</summary>
    public static readonly IReadOnlyList<PainBand> PainScale =
    [
        new("0–3", "Fine", "Carry on as planned."),
        new("4–5", "Take care", "Make it easier: a smaller movement, a shorter hold or fewer repetitions. Carry on only if the pain settles back quickly once you stop."),
        new("6–10", "Too much", "Stop that exercise for today. Next time try an easier version, and tell your clinician if it happens again."),
    ];

    public const string Soreness =
        "Some aching or stiffness after exercise is normal and is not a sign of harm. It should settle within 24 hours. If it lasts longer, do a little less next time.";

    public const string FlareUp =
        "Keep up your normal daily activities as well as you can and keep moving gently. Do only the steps that feel comfortable, with smaller movements and shorter holds, and build back up over a few days as it settles. If it has not started to ease within a week, or it keeps coming back, contact your clinician.";

    public static SheetSafetyView View { get; } = new(UrgentSigns, PromptSigns, PainScale, Soreness, FlareUp);
}

/// <summary>One band of the pain scale: "0–3", "Fine", what to do.</summary>
public sealed record PainBand(string Range, string Label, string Meaning) : IThemeModel
{
    string IThemeModel.ThemeName => "a band of the pain scale";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("range", Range).Text("label", Label).Text("meaning", Meaning);
}

/// <summary>The sheet's safety wording, as the theme's <c>sheet-safety</c> partial reads it (<c>model.sheet_safety</c>).</summary>
public sealed record SheetSafetyView(IReadOnlyList<string> UrgentSigns, IReadOnlyList<string> PromptSigns, IReadOnlyList<PainBand> PainScale,
    string Soreness, string FlareUp) : IThemeModel
{
    string IThemeModel.ThemeName => "the sheet's safety box";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Texts("urgent_signs", UrgentSigns).Texts("prompt_signs", PromptSigns)
        .Objects("pain_scale", PainScale).Text("soreness", Soreness).Text("flare_up", FlareUp);
}
