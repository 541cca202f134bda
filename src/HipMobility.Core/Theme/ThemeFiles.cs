namespace HipMobility.Theme;

/// <summary>
/// The theme as read from <c>theme/</c>: layouts and partials (Scriban text, <c>*.sbn-html</c>, by name without the
/// extension) and static assets (bytes). Loaded at run time so a designer can change the look without recompiling.
/// </summary>
public sealed record ThemeFiles(
    IReadOnlyDictionary<string, string> Layouts,
    IReadOnlyDictionary<string, string> Partials,
    IReadOnlyDictionary<string, byte[]> Assets)
{
    public static ThemeFiles Load(string themeDirectory)
    {
        var root = Path.GetFullPath(themeDirectory);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"theme folder '{themeDirectory}' does not exist");
        return new ThemeFiles(ReadTemplates(Path.Combine(root, "layouts")), ReadTemplates(Path.Combine(root, "partials")), ReadAssets(Path.Combine(root, "assets")))
        {
            DisplayRoot = Path.GetFileName(root),
        };
    }

    /// <summary>The theme folder's name, as errors print it (<c>theme/layouts/pose.sbn-html</c>), as content errors print <c>input/…</c>.</summary>
    public string DisplayRoot { get; init; } = "theme";

    /// <summary>The extension of a template file: Scriban's for HTML, which editors' Scriban support recognises.</summary>
    public const string Extension = ".sbn-html";

    private static Dictionary<string, string> ReadTemplates(string dir) =>
        !Directory.Exists(dir)
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : Directory.EnumerateFiles(dir, "*" + Extension).ToDictionary(f => Path.GetFileName(f)[..^Extension.Length], File.ReadAllText, StringComparer.Ordinal);

    private static Dictionary<string, byte[]> ReadAssets(string dir) =>
        !Directory.Exists(dir)
            ? new Dictionary<string, byte[]>(StringComparer.Ordinal)
            : Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
