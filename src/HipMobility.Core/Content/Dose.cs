using System.Globalization;
using System.Text.RegularExpressions;

namespace HipMobility.Content;

/// <summary>What a hold is counted in.</summary>
public enum HoldUnit { Seconds, Minutes, Breaths }

/// <summary>
/// How long a pose is held, e.g. <c>30s</c>, <c>1 min</c>, <c>5 breaths</c>, <c>30-60s</c>: as written, and as read
/// (<paramref name="Low"/> to <paramref name="High"/> of <paramref name="Unit"/>, the longest in seconds for timing).
/// The one parser of holds.
/// </summary>
public sealed partial record HoldDuration(string Text, int Low, int High, HoldUnit Unit)
{
    /// <summary>The longest hold in seconds, for timing a routine.</summary>
    public int Seconds => High * Unit switch { HoldUnit.Breaths => SecondsPerBreath, HoldUnit.Minutes => 60, _ => 1 };

    /// <summary>A calm breath, in and out, counted as five seconds for timing.</summary>
    public const int SecondsPerBreath = 5;

    public static HoldDuration? TryParse(string text)
    {
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return null;
        var low = int.Parse(m.Groups["low"].Value, CultureInfo.InvariantCulture);
        var high = m.Groups["high"].Success ? int.Parse(m.Groups["high"].Value, CultureInfo.InvariantCulture) : low;
        if (low <= 0 || high < low || high > 3600) return null;
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        return new HoldDuration(text.Trim(), low, high, unit.StartsWith('b') ? HoldUnit.Breaths : unit.StartsWith('m') ? HoldUnit.Minutes : HoldUnit.Seconds);
    }

    // [0-9], not \d: \d matches every Unicode digit, which int.Parse then refuses.
    [GeneratedRegex(@"^(?<low>[0-9]{1,4})(?:\s*[-–]\s*(?<high>[0-9]{1,4}))?\s*(?<unit>s|sec|secs|seconds?|min|mins|minutes?|breaths?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}

/// <summary>How many repetitions, e.g. <c>10</c> or <c>8-10</c>.</summary>
public sealed partial record RepCount(string Text, int Max)
{
    /// <summary>Seconds one unhurried repetition takes, for timing.</summary>
    public const int SecondsPerRep = 4;

    public static RepCount? TryParse(string text)
    {
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return null;
        var low = int.Parse(m.Groups["low"].Value, CultureInfo.InvariantCulture);
        var high = m.Groups["high"].Success ? int.Parse(m.Groups["high"].Value, CultureInfo.InvariantCulture) : low;
        if (low <= 0 || high < low || high > 500) return null;
        return new RepCount(text.Trim(), high);
    }

    // [0-9], not \d: \d matches every Unicode digit, which int.Parse then refuses.
    [GeneratedRegex(@"^(?<low>[0-9]{1,3})(?:\s*[-–]\s*(?<high>[0-9]{1,3}))?$")]
    private static partial Regex Pattern();
}

/// <summary>
/// The hold and/or repetitions of a pose or routine step, and for a routine step how many sets with what rest between
/// them (the rest is a hold, read by <see cref="HoldDuration"/>). A pose's own dose is one set.
/// </summary>
public sealed record Dose(HoldDuration? Hold, RepCount? Reps)
{
    /// <summary>The most sets a step may ask for.</summary>
    public const int MaxSets = 10;

    /// <summary>How many times the whole step (every repetition, on each side) is done; 1 unless a routine says more.</summary>
    public int Sets { get; init; } = 1;

    /// <summary>The pause between two sets; null for a single set.</summary>
    public HoldDuration? Rest { get; init; }

    /// <summary>Seconds one set takes on one side.</summary>
    public int Seconds => (Hold, Reps) switch
    {
        ({ } h, { } r) => h.Seconds * r.Max,
        ({ } h, null) => h.Seconds,
        (null, { } r) => r.Max * RepCount.SecondsPerRep,
        _ => 0,
    };

    /// <summary>Seconds the whole dose takes: every set on every side, and the rests between the sets (the longer end of a range).</summary>
    public int TotalSeconds(int sides) => Seconds * sides * Sets + (Rest?.Seconds ?? 0) * Math.Max(0, Sets - 1);
}
