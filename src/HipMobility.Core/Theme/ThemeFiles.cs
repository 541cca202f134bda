namespace HipMobility.Theme;

/// <summary>
/// The theme as read from <c>theme/</c>: layouts and partials (Scriban text, <c>*.sbn-html</c>, by name without the
/// extension) and static assets (bytes): the files of <c>assets/</c> and the npm files that <c>vendor.txt</c> names.
/// Loaded at run time so a designer can change the look without recompiling.
/// </summary>
public sealed record ThemeFiles(
    IReadOnlyDictionary<string, string> Layouts,
    IReadOnlyDictionary<string, string> Partials,
    IReadOnlyDictionary<string, byte[]> Assets)
{
    /// <summary>
    /// Browser libraries the site serves, kept as npm packages (pinned in package-lock.json) rather than copied into
    /// <c>assets/</c>, so an update is a version bump. One a line: the file's path under node_modules, then the asset
    /// name templates ask for with <c>{{asset "name"}}</c>; <c>#</c> starts a comment.
    /// </summary>
    public const string VendorListFile = "vendor.txt";

    public static ThemeFiles Load(string themeDirectory)
    {
        var root = Path.GetFullPath(themeDirectory);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"theme folder '{themeDirectory}' does not exist");
        var assets = ReadAssets(Path.Combine(root, "assets"));
        AddVendorAssets(root, assets);
        var wording = Path.Combine(root, ThemeWording.FileName);
        var figureStyle = Path.Combine(root, FigureStyleFile);
        return new ThemeFiles(ReadTemplates(Path.Combine(root, "layouts")), ReadTemplates(Path.Combine(root, "partials")), assets)
        {
            DisplayRoot = Path.GetFileName(root),
            Wording = File.Exists(wording) ? File.ReadAllText(wording) : null,
            FigureStyle = File.Exists(figureStyle) ? File.ReadAllText(figureStyle).Trim() : "",
        };
    }

    /// <summary>The stylesheet written into each figure file (<c>/figures/*.svg</c>), where the site's stylesheet cannot reach.</summary>
    public const string FigureStyleFile = "figure.css";

    /// <summary>The text of <see cref="FigureStyleFile"/>; empty when the theme has none (figures are then drawn in black).</summary>
    public string FigureStyle { get; init; } = "";

    /// <summary>The text of <c>wording.yml</c>: the words the generator puts on pages (see <see cref="ThemeWording"/>); null when missing.</summary>
    public string? Wording { get; init; }

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

    /// <summary>The npm files <c>vendor.txt</c> names: each file's path under node_modules, its asset name, and where the line is (for errors).</summary>
    public static IReadOnlyList<(string Source, string Name, string Where)> VendorFiles(string themeRoot)
    {
        var list = Path.Combine(themeRoot, VendorListFile);
        var files = new List<(string, string, string)>();
        if (!File.Exists(list)) return files;
        var lineNumber = 0;
        foreach (var text in File.ReadLines(list))
        {
            lineNumber++;
            var line = text.Split('#', 2)[0].Trim();
            if (line.Length == 0) continue;
            var where = $"theme/{VendorListFile}, line {lineNumber}";
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2)
                throw new ThemeException($"{where}: expected a file under node_modules and the asset name it is served as, such as 'some-package/dist/lib.js lib.js', not '{line}'");
            var (source, name) = (fields[0], fields[1]);
            if (!IsPlainRelativePath(source)) throw new ThemeException($"{where}: '{source}' must be a path inside node_modules, with '/' between folders");
            if (!IsPlainRelativePath(name)) throw new ThemeException($"{where}: the asset name '{name}' must be a relative path, with '/' between folders");
            files.Add((source, name, where));
        }
        return files;
    }

    private static void AddVendorAssets(string themeRoot, Dictionary<string, byte[]> assets)
    {
        string? nodeModules = null;
        foreach (var (source, name, where) in VendorFiles(themeRoot))
        {
            if (assets.ContainsKey(name)) throw new ThemeException($"{where}: the asset '{name}' is already a file in theme/assets/ or named above");
            nodeModules ??= NodeModulesFor(themeRoot, where);
            var file = Path.Combine(nodeModules, source);
            if (!File.Exists(file))
                throw new ThemeException($"{where}: {file} is missing: run 'npm ci' in {Path.GetDirectoryName(nodeModules)} to install the theme's npm packages");
            assets[name] = File.ReadAllBytes(file);
        }
    }

    /// <summary>The node_modules beside the nearest package.json above the theme: the same project the search index uses.</summary>
    private static string NodeModulesFor(string themeRoot, string where) =>
        NpmProject.FindRoot(themeRoot) is { } project
            ? Path.Combine(project, NpmProject.ModulesFolder)
            : throw new ThemeException($"{where}: no package.json at or above {themeRoot}, so there is no node_modules to take the file from");

    /// <summary>Forward slashes only and no '..', so a line can neither leave node_modules nor write outside assets/.</summary>
    private static bool IsPlainRelativePath(string path) =>
        !path.Contains('\\') && !path.Contains(':') && path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");
}
