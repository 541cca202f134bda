namespace HipMobility.Diagnostics;

/// <summary>Finds the known name closest to a mistyped one, for "did you mean" hints.</summary>
public static class NearestName
{
    public static string? Find(string typed, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            var d = Distance(typed, candidate);
            if (d < bestDistance) (best, bestDistance) = (candidate, d);
        }
        // Only suggest when the guess is plausibly a typo, not an unrelated word.
        return best is not null && bestDistance <= Math.Max(2, typed.Length / 2) ? best : null;
    }

    public static string? Hint(string typed, IEnumerable<string> known)
    {
        var nearest = Find(typed, known);
        return nearest is null ? null : $"Did you mean '{nearest}'?";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
