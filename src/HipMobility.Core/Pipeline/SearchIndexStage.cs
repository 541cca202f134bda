using System.Diagnostics;

namespace HipMobility.Pipeline;

/// <summary>
/// Stage 7: builds the Pagefind search index over the written (staged) site, into <c>pagefind/</c>.
/// Pagefind comes from npm, pinned in package.json; when node_modules is missing the stage runs <c>npm ci</c> first.
/// We depend on Pagefind's Linux x64 binary package directly: the npm registry reachable here lacks the other
/// platforms' packages, which the <c>pagefind</c> wrapper lists and <c>npm ci</c> then refuses to resolve.
/// </summary>
public static class SearchIndexStage
{
    public const string OutputSubdirectory = "pagefind";

    public static void Run(string siteDirectory, string toolsDirectory)
    {
        var pagefind = Path.Combine(toolsDirectory, "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended");
        if (!File.Exists(pagefind))
        {
            if (!File.Exists(Path.Combine(toolsDirectory, "package.json")))
                throw new SearchIndexException($"no package.json in '{toolsDirectory}', so Pagefind cannot be installed; build with --no-search to skip the search index");
            Execute("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], toolsDirectory,
                "Node.js and npm are needed to build the search index: install Node.js 20 or later, or build with --no-search");
            if (!File.Exists(pagefind)) throw new SearchIndexException($"'npm ci' did not install Pagefind at {pagefind}");
        }
        Execute(pagefind, ["--site", siteDirectory, "--output-subdir", OutputSubdirectory, "--silent"], toolsDirectory,
            "Node.js is needed to run Pagefind: install Node.js 20 or later, or build with --no-search");
    }

    private static void Execute(string program, string[] arguments, string workingDirectory, string missingHint)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new SearchIndexException($"could not start {program}. {missingHint}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new SearchIndexException($"could not run '{program}'. {missingHint}");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var lines = (stderr.Result + "\n" + stdout.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var detail = string.Join(" / ", lines.Take(4));
                throw new SearchIndexException($"'{Path.GetFileName(program)} {string.Join(' ', arguments)}' failed (exit {process.ExitCode}): {detail}. {missingHint}");
            }
        }
    }
}

public sealed class SearchIndexException(string message) : Exception(message);
