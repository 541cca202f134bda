using System.Text;
using Xunit.Abstractions;

namespace HipMobility.Tests.Fuzzing;

/// <summary>
/// Hostile input never breaks the build: every mutated copy of a real guide file ends in success or in diagnostics
/// with file and line; never an unhandled exception, never a hang, never unbounded memory. See README.md here for
/// long campaigns and for turning a failure into a regression file.
/// </summary>
[Collection(FuzzCollection.Name)]
public class FuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan BigCaseTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_fixed_seed_slice_of_mutated_guide_files_ends_in_success_or_located_diagnostics()
    {
        var settings = FuzzSettings.FromEnvironment(defaultCases: 2_000);
        var outcome = FuzzCampaign.Run(FuzzSite.Guide, settings);
        output.WriteLine($"{outcome.CasesRun} cases (seed {settings.Seed}) in {outcome.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores; {outcome.Failures.Count} failed");
        output.WriteLine("slowest: " + string.Join("\n  ", outcome.Slowest.Select(s => $"{s.Elapsed.TotalMilliseconds:F0} ms {s.Case}")));

        Assert.True(outcome.Hang is null && outcome.Failures.Count == 0, (outcome.Hang is null ? "" : "HANG: " + outcome.Hang + "\n\n") + Report(outcome.Failures, settings));
        Assert.Equal(settings.Only is null ? settings.Cases : 1, outcome.CasesRun);
    }

    public static TheoryData<string> FiftyMegabyteShapes => ["body", "single-line", "front-matter-value", "front-matter-list"];

    [Theory]
    [MemberData(nameof(FiftyMegabyteShapes))]
    public void A_50_MB_file_ends_in_success_or_located_diagnostics_in_bounded_time_and_memory(string shape)
    {
        var pigeon = FuzzSite.Guide.FileAt("poses/pigeon.md");
        var text = Encoding.UTF8.GetString(pigeon.ReadBytes());
        const int size = 50 * 1024 * 1024;
        var huge = new StringBuilder(size + text.Length);
        switch (shape)
        {
            case "body":
                huge.Append(text);
                var body = text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
                while (huge.Length < size) huge.Append(body).Append('\n');
                break;
            case "single-line":
                huge.Append(text).Append('\n');
                while (huge.Length < size) huge.Append("Breathe out slowly and let the hip settle [[figure-four]] *a little* more. ");
                break;
            case "front-matter-value":
                huge.Append("---\nsanskrit: ").Append('x', size).Append(text[3..]);
                break;
            default:
                huge.Append("---\naliases:\n");
                while (huge.Length < size) huge.Append("  - another name\n");
                huge.Append(text[4..]);
                break;
        }
        var fuzzCase = new FuzzCase($"50 MB file ({shape})", pigeon, Encoding.UTF8.GetBytes(huge.ToString()));
        huge.Clear();

        // Reported without being decoded: the case costs a few megabytes, not a multiple of the file.
        FuzzAssert.Holds(fuzzCase, BigCaseTimeout, RenderScope.TouchedPagesAndIndexes, allocationBudget: 32L * 1024 * 1024);
    }

    public static TheoryData<int> AliasBombs => [0, 1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(AliasBombs))]
    public void An_alias_bomb_ends_in_located_diagnostics_without_expanding(int seed)
    {
        var pigeon = FuzzSite.Guide.FileAt("poses/pigeon.md");
        var lines = Encoding.UTF8.GetString(pigeon.ReadBytes()).Split('\n').ToList();
        var bombed = Mutator.AliasBomb(new Random(seed), lines);
        var fuzzCase = new FuzzCase($"alias bomb {seed}", pigeon, Encoding.UTF8.GetBytes(string.Join('\n', bombed)));

        FuzzAssert.Holds(fuzzCase, TimeSpan.FromSeconds(10), RenderScope.TouchedPagesAndIndexes);
    }

    public static TheoryData<string> Regressions => [.. FuzzRegressions.Names(FuzzRegressions.Folder)];

    [Theory]
    [MemberData(nameof(Regressions))]
    public void A_case_that_once_failed_now_ends_in_success_or_located_diagnostics(string file)
    {
        var fuzzCase = FuzzRegressions.Load(FuzzSite.Guide, FuzzRegressions.Folder, file);
        FuzzAssert.Holds(fuzzCase, TimeSpan.FromSeconds(20), RenderScope.WholeSite);
    }

    private static string Report(IReadOnlyList<FuzzCampaign.Failure> failures, FuzzSettings settings)
    {
        var text = new StringBuilder($"{failures.Count} of the cases failed. Distinct problems, with the first case of each:\n");
        foreach (var group in failures.GroupBy(f => f.Problem.Split('\n')[0]).Take(12))
        {
            var first = group.First();
            text.Append($"\n* {group.Count()} case(s): {first.Problem}\n  first: {first.Case.Name}\n");
            text.Append($"  replay: HIPMOBILITY_FUZZ_SEED={settings.Seed} HIPMOBILITY_FUZZ_ONLY={first.Index} dotnet test --filter FullyQualifiedName~FuzzTests\n");
            if (first.SavedAt is not null) text.Append($"  input saved at {first.SavedAt} (copy it into Fuzzing/regressions/ to keep it)\n");
        }
        return text.ToString();
    }
}

/// <summary>The fuzz tests run alone: their time and memory limits assume no other test is competing for the cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzCollection
{
    public const string Name = "fuzzing";
}
