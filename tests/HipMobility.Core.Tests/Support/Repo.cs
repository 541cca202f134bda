namespace HipMobility.Tests.Support;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Theme => Path("theme");

    public static string SampleInput => Path("tests", "fixtures", "sample-site", "input");

    /// <summary>
    /// A copy of the theme at <c>projectRoot/theme</c>, laid out as a project of its own: a package.json beside it and the
    /// npm files theme/vendor.txt names, copied from this repository's node_modules, so the copy builds away from here.
    /// </summary>
    public static string CopyThemeInto(string projectRoot)
    {
        var theme = System.IO.Path.Combine(projectRoot, "theme");
        TempDir.Copy(Theme, theme);
        File.WriteAllText(System.IO.Path.Combine(projectRoot, "package.json"), "{ \"private\": true }\n");
        foreach (var (source, _, _) in HipMobility.Theme.ThemeFiles.VendorFiles(Theme))
        {
            var target = System.IO.Path.Combine(projectRoot, "node_modules", source);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(Path("node_modules", source), target);
        }
        return theme;
    }

    /// <summary>Set to 1 to rewrite golden and expected files instead of comparing against them.</summary>
    public static bool UpdateGoldens => Environment.GetEnvironmentVariable("HIPMOBILITY_UPDATE_GOLDEN") == "1";

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "HipMobility.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("HipMobility.sln not found above the test assembly");
    }
}

/// <summary>A temporary folder deleted after the test.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("hipmobility-test-").FullName;

    public string Sub(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
