using System.Text.Json;

namespace HipMobility.Pipeline;

/// <summary>
/// Stage 7: builds the Pagefind search index over the written (staged) site, into <c>pagefind/</c>.
/// Pagefind comes from npm, pinned in package.json; when node_modules is missing the stage runs <c>npm ci</c> first.
/// The <c>pagefind</c> package lists one binary package per platform as optional dependencies, so <c>npm ci</c>
/// installs only the one for the machine it runs on; the package's own runner (its <c>bin</c> entry, run with Node.js)
/// picks that binary, so the build runs the same way on Linux, macOS and Windows.
/// </summary>
public static class SearchIndexStage
{
    public const string OutputSubdirectory = "pagefind";

    public static void Run(string siteDirectory, string toolsDirectory)
    {
        var manifest = Path.Combine(toolsDirectory, NpmProject.ModulesFolder, "pagefind", "package.json");
        if (!File.Exists(manifest))
        {
            if (!File.Exists(Path.Combine(toolsDirectory, "package.json")))
                throw new SearchIndexException($"no package.json in '{toolsDirectory}', so Pagefind cannot be installed; build with --no-search to skip the search index");
            NpmProject.Install(toolsDirectory);
            if (!File.Exists(manifest)) throw new SearchIndexException($"'npm ci' did not install Pagefind at {Path.GetDirectoryName(manifest)}");
        }
        NpmProject.RunScript(RunnerOf(manifest), ["--site", siteDirectory, "--output-subdir", OutputSubdirectory, "--silent"], toolsDirectory,
            "run Pagefind (or build with --no-search)");
    }

    /// <summary>
    /// The script npm would run for <c>npx pagefind</c>, read from the package's <c>bin</c> entry rather than written
    /// here, so a Pagefind update that moves it keeps working.
    /// </summary>
    private static string RunnerOf(string manifest)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
        var bin = json.RootElement.TryGetProperty("bin", out var entry) ? entry : default;
        var relative = bin.ValueKind switch
        {
            JsonValueKind.String => bin.GetString(),
            JsonValueKind.Object when bin.TryGetProperty("pagefind", out var named) => named.GetString(),
            _ => null,
        };
        if (string.IsNullOrEmpty(relative)) throw new SearchIndexException($"{manifest} names no 'bin' script to run Pagefind with");
        var runner = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(manifest)!, relative));
        if (!File.Exists(runner)) throw new SearchIndexException($"Pagefind's runner {runner} is missing: delete node_modules and run 'npm ci'");
        return runner;
    }
}

public sealed class SearchIndexException(string message) : Exception(message);
