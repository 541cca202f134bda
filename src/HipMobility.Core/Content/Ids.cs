using System.Text.RegularExpressions;

namespace HipMobility.Content;

/// <summary>
/// The rule for ids: an id is a permanent URL segment and a file name, so it is lowercase-kebab, short, and never a name
/// Windows refuses or the site keeps for itself.
/// </summary>
public static partial class Ids
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KebabPattern();

    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "assets", "pagefind",
    };

    /// <summary>Names Windows cannot use for a file or folder (con, nul, com1…), or that the site keeps for itself.</summary>
    public static bool IsReservedName(string name) => ReservedNames.Contains(name);

    /// <summary>Lowercase-kebab, at most 80 characters, and not a name reserved by Windows or by the site.</summary>
    public static bool IsValid(string id) => id.Length <= 80 && KebabPattern().IsMatch(id) && !ReservedNames.Contains(id);
}
