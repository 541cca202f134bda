using System.Globalization;
using System.Text.RegularExpressions;

namespace HipMobility.Benchmarks.Runner;

/// <summary>
/// What <c>hipmobility build --timings</c> printed: the summary line
/// ("Built 120 pages (150 files) into … with 0 warning(s) in 230 ms.") and one line per pipeline stage ("  render  12.3 ms").
/// </summary>
internal sealed partial record BuildOutput(int Pages, int Files, int Warnings, double InProcessMs, IReadOnlyList<(string Stage, double Ms)> Stages)
{
    public static BuildOutput Parse(string stdout)
    {
        var summary = Summary().Match(stdout);
        if (!summary.Success) throw new BenchmarkException($"no 'Built … pages' line in the build output:\n{stdout}");
        var stages = new List<(string, double)>();
        foreach (Match m in StageLine().Matches(stdout))
            stages.Add((m.Groups["stage"].Value.Trim(), double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture)));
        return new BuildOutput(
            int.Parse(summary.Groups["pages"].Value, CultureInfo.InvariantCulture),
            int.Parse(summary.Groups["files"].Value, CultureInfo.InvariantCulture),
            int.Parse(summary.Groups["warnings"].Value, CultureInfo.InvariantCulture),
            double.Parse(summary.Groups["ms"].Value, CultureInfo.InvariantCulture),
            stages);
    }

    [GeneratedRegex(@"Built (?<pages>\d+) pages \((?<files>\d+) files\) into .* with (?<warnings>\d+) warning\(s\) in (?<ms>[\d.]+) ms\.")]
    private static partial Regex Summary();

    [GeneratedRegex(@"^  (?<stage>[a-z][a-z ]*?)\s+(?<ms>\d+(?:\.\d+)?) ms$", RegexOptions.Multiline)]
    private static partial Regex StageLine();
}
