using System.Diagnostics;
using HipMobility.Tests.Support;
using Xunit.Abstractions;

namespace HipMobility.Tests;

/// <summary>
/// Every HTML file of the built guide, checked by the Nu Html Checker (vnu.jar, pinned in package.json): the checker
/// the W3C runs, so what it reports is what any validator a reader or auditor uses would report.
/// </summary>
[Collection(GuideSiteCollection.Name)]
public class ValidHtmlTests(GuideSite site, ITestOutputHelper output) : BrowserTest
{
    protected override GuideSite Site => site;

    /// <summary>The whole guide takes the checker 15 s on two idle cores, 50 s on busy ones; this only stops a hung Java.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Every_page_of_the_built_guide_has_no_nu_html_checker_errors()
    {
        var jar = Repo.Path("node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        if (!File.Exists(jar)) throw new FileNotFoundException("the Nu Html Checker is missing: run 'npm ci' at the repository root", jar);
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--skip-non-html", "--format", "text", site.Directory })
            start.ArgumentList.Add(argument);

        Process checker;
        try
        {
            checker = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "Java is needed to run the Nu Html Checker and was not found on PATH: install Java 11 or later (Debian: apt-get install default-jre-headless)", e);
        }
        using (checker)
        {
            var clock = Stopwatch.StartNew();
            var stdout = checker.StandardOutput.ReadToEndAsync();
            var stderr = checker.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Limit);
            try
            {
                await checker.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                checker.Kill(entireProcessTree: true);
                throw new TimeoutException($"the Nu Html Checker did not finish within {Limit.TotalMinutes} minutes");
            }
            output.WriteLine($"Nu Html Checker: {clock.Elapsed.TotalSeconds:F1} s over {site.AllPages().Count} pages");

            // The text format writes each message as "Error: what" then "From line …; to line … in resource file:…".
            var lines = ((await stderr) + "\n" + (await stdout)).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var errors = lines.Select((line, i) => (line, i)).Where(l => l.line.StartsWith("Error:", StringComparison.Ordinal))
                .Select(l => l.i + 1 < lines.Length && !lines[l.i + 1].StartsWith("Error:", StringComparison.Ordinal)
                    ? $"{l.line}\n    {lines[l.i + 1].Replace("file:" + site.Directory, "", StringComparison.Ordinal)}"
                    : l.line)
                .ToList();
            Assert.True(errors.Count == 0, $"{errors.Count} error(s); the first:\n" + string.Join("\n", errors.Take(15)));
            // No errors listed but a failed run is the checker itself failing (a broken jar, an unreadable folder).
            Assert.True(checker.ExitCode == 0, $"the Nu Html Checker exited with {checker.ExitCode}:\n" + string.Join("\n", lines.Take(15)));
        }
    }
}
