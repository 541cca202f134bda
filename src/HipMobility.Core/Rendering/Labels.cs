using HipMobility.Content;

namespace HipMobility.Rendering;

/// <summary>Human wording for the controlled-list values.</summary>
public static class Labels
{
    public static string Position(string value) => value switch
    {
        "supine" => "Lying on your back",
        "prone" => "Lying face down",
        "side-lying" => "Lying on your side",
        "seated-floor" => "Seated on the floor",
        "chair" => "Seated in a chair",
        "kneeling" => "Kneeling",
        "quadruped" => "On hands and knees",
        "standing" => "Standing",
        "bed" => "In bed",
        _ => value,
    };

    public static string Sides(string value) => value == "each" ? "Each side" : "Both sides together";

    public static string Capitalised(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].Replace('-', ' ');

    public static string List(IEnumerable<string> values, string none = "None") =>
        values.Any() ? string.Join(", ", values) : none;

    /// <summary>"Front of the hip" for <c>front-hip</c>: the regions of the body diagram in words.</summary>
    public static string BodyRegion(string value) => value switch
    {
        "front-hip" => "Front of the hip",
        "front-thigh" => "Front of the thigh",
        "inner-thigh" => "Inner thigh",
        "outer-hip" => "Outer hip",
        "abdomen" => "Belly",
        "side-waist" => "Side of the waist",
        "pelvic-floor" => "Pelvic floor",
        "buttock" => "Buttock",
        "deep-buttock" => "Deep in the buttock",
        "back-thigh" => "Back of the thigh",
        "calf" => "Calf",
        "lower-back" => "Lower back",
        "spine" => "Along the spine",
        "upper-back" => "Upper back",
        _ => Capitalised(value),
    };

    /// <summary>"Stretched", "Strengthened", "Stabilising": the role a muscle plays in a pose, as a heading or label.</summary>
    public static string RoleVerb(MuscleRole role) => role switch
    {
        MuscleRole.Stretched => "Stretched",
        MuscleRole.Strengthened => "Strengthened",
        _ => "Stabilising",
    };

    /// <summary>A hold in words: <c>30-60s</c> → "30–60 seconds", <c>1 min</c> → "1 minute", <c>5 breaths</c> → "5 breaths".</summary>
    public static string Hold(HoldDuration hold)
    {
        var plural = hold.High != hold.Low || hold.Low != 1;
        var word = hold.Unit switch
        {
            HoldUnit.Breaths => plural ? "breaths" : "breath",
            HoldUnit.Minutes => plural ? "minutes" : "minute",
            _ => plural ? "seconds" : "second",
        };
        return hold.High == hold.Low ? $"{hold.Low} {word}" : $"{hold.Low}–{hold.High} {word}";
    }

    /// <summary>Repetitions in words: <c>8-10</c> → "8–10 times".</summary>
    public static string Reps(RepCount reps) => reps.Text.Replace("-", "–").Replace(" ", "") + (reps.Text.Trim() == "1" ? " time" : " times");

    /// <summary>Hold, repetitions and sets together, e.g. "30 seconds", "8–10 times", "2 times, hold 5 breaths each", "10 times, 2 sets, rest 30 seconds between sets".</summary>
    public static string Dose(Dose dose)
    {
        var one = (dose.Hold, dose.Reps) switch
        {
            ({ } h, { } r) => $"{Reps(r)}, hold {Hold(h)} each",
            ({ } h, null) => Hold(h),
            (null, { } r) => Reps(r),
            _ => "",
        };
        return Sets(dose) is { } sets ? $"{one}, {sets}" : one;
    }

    /// <summary>Sets and the rest between them, e.g. "2 sets, rest 30–60 seconds between sets"; null for a single set.</summary>
    public static string? Sets(Dose dose) => dose.Sets <= 1 ? null
        : dose.Rest is { } rest ? $"{dose.Sets} sets, rest {Hold(rest)} between sets" : $"{dose.Sets} sets";

    /// <summary>How often in words, e.g. "Once a day, 5 days a week" or "Twice a day, every day".</summary>
    public static string HowOften(HowOften often)
    {
        var times = often.TimesADay switch { 1 => "Once a day", 2 => "Twice a day", var n => $"{n} times a day" };
        var days = often.DaysAWeek switch { 7 => "every day", 1 => "1 day a week", var n => $"{n} days a week" };
        return $"{times}, {days}";
    }

    /// <summary>A date as people read it, e.g. "2 December 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
