using HipMobility.Pipeline;

namespace HipMobility.Tests.Support;

/// <summary>
/// A copy of a site's input in a temporary folder, to edit and build: <c>&lt;temp&gt;/input</c> builds into
/// <c>&lt;temp&gt;/out/site</c>. Knows every file under the temporary folder, so a test can prove a build wrote nowhere else.
/// </summary>
public sealed class SiteCopy : IDisposable
{
    private readonly TempDir _temp = new();

    public SiteCopy(string input)
    {
        TempDir.Copy(input, Input);
    }

    /// <summary>A copy of the small sample site (two poses, two muscles, one routine, a home page).</summary>
    public static SiteCopy Sample() => new(Repo.SampleInput);

    /// <summary>A copy of the real guide.</summary>
    public static SiteCopy Guide() => new(Repo.Path("input"));

    public string Root => _temp.Path;

    public string Input => _temp.Sub("input");

    public string Output => _temp.Sub("out", "site");

    public string PathOf(string inputRelativePath) => Path.Combine(Input, inputRelativePath);

    public string Read(string inputRelativePath) => File.ReadAllText(PathOf(inputRelativePath));

    public void Write(string inputRelativePath, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(inputRelativePath))!);
        File.WriteAllText(PathOf(inputRelativePath), text);
    }

    /// <summary>Replaces one exact piece of a file, failing loudly if the fixture no longer contains it.</summary>
    public void Replace(string inputRelativePath, string oldText, string newText)
    {
        var text = Read(inputRelativePath);
        if (!text.Contains(oldText, StringComparison.Ordinal))
            throw new InvalidOperationException($"{inputRelativePath} no longer contains '{oldText}': update the test's fixture edit");
        Write(inputRelativePath, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public BuildReport Build(string? output = null) =>
        SiteBuild.Run(Input, Repo.Theme, output ?? Output, new SiteOptions("https://example.org/"));

    /// <summary>Builds into the output folder with options besides the base URL (which stays https://example.org/).</summary>
    public BuildReport Build(Func<SiteOptions, SiteOptions> options) =>
        SiteBuild.Run(Input, Repo.Theme, Output, options(new SiteOptions("https://example.org/")));

    /// <summary>Every file under the temporary folder, relative to it, with '/' separators.</summary>
    public IReadOnlyList<string> AllFiles() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Files under the temporary folder that are neither input nor built output.</summary>
    public IReadOnlyList<string> StrayFiles() =>
        AllFiles().Where(f => !f.StartsWith("input/", StringComparison.Ordinal) && !f.StartsWith("out/site/", StringComparison.Ordinal)).ToList();

    /// <summary>The built site, by path relative to the output folder.</summary>
    public Dictionary<string, byte[]> Snapshot(string? output = null)
    {
        var dir = output ?? Output;
        return Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
