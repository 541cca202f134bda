using System.Net;
using System.Text.RegularExpressions;

namespace HipMobility.Tests.Support;

/// <summary>
/// The safety wording every printed sheet carries, as the theme's <c>sheet-safety</c> partial writes it: the warning
/// signs for urgent help and for a doctor soon, and the bands of the pain scale. Read from the theme, its one home.
/// </summary>
public static partial class SheetSafetyWording
{
    private static readonly Lazy<string> Partial = new(() => File.ReadAllText(Repo.Path("theme", "partials", "sheet-safety.sbn-html")));

    private static IReadOnlyList<string> List(int index) =>
        [.. Item().Matches(Lists().Matches(Partial.Value)[index].Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>Signs that need help the same day.</summary>
    public static IReadOnlyList<string> UrgentSigns => List(0);

    /// <summary>Signs that need a doctor within days.</summary>
    public static IReadOnlyList<string> PromptSigns => List(1);

    /// <summary>The pain scale's bands, by their range ("0–3").</summary>
    public static IReadOnlyList<string> PainBands => [.. Band().Matches(Partial.Value).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"<ul>.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex Lists();

    [GeneratedRegex(@"<li>(.*?)</li>")]
    private static partial Regex Item();

    [GeneratedRegex(@"<th scope=""row"">([^ <]+) ")]
    private static partial Regex Band();
}
