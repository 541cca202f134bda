using HipMobility.Diagnostics;
using HipMobility.Pipeline;

namespace HipMobility.Cli.Commands;

/// <summary>Prints diagnostics and the build summary; turns unexpected exceptions into one line.</summary>
internal static class BuildReporter
{
    public static void PrintDiagnostics(BuildReport report)
    {
        foreach (var d in report.Diagnostics)
            (d.Severity == Severity.Error ? Console.Error : Console.Out).WriteLine(d);
        if (report.ErrorCount > 0)
            Console.Error.WriteLine($"{report.ErrorCount} error(s), {report.WarningCount} warning(s). Nothing was written; the previous output is unchanged.");
    }

    /// <summary>One line per pipeline stage; with <paramref name="withProcess"/>, the whole process's garbage collection and JIT work too.</summary>
    public static void PrintTimings(BuildReport report, bool withProcess)
    {
        foreach (var t in report.Timings) Console.WriteLine($"  {t.Stage,-12} {t.Elapsed.TotalMilliseconds,8:F1} ms");
        if (!withProcess) return;
        // Garbage collection and just-in-time compilation are large parts of a build's time, so the figures say how much.
        Console.WriteLine($"  garbage collection: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), " +
            $"{GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused, {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated");
        Console.WriteLine($"  just-in-time compilation: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, " +
            $"{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
    }

    public static int Guard(bool verbose, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (Exception e) when (Unwrap(e) is HipMobility.Theme.ThemeException theme)
        {
            // A problem in a template is printed as a content problem is: its own line, file(line,col): error HM2nn: …
            if (theme.Diagnostic is { } located)
            {
                Console.Error.WriteLine(located);
                Console.Error.WriteLine("1 error(s) in the theme. Nothing was written; the previous output is unchanged.");
            }
            else Console.Error.WriteLine($"error: {theme.Message}. Nothing was written; the previous output is unchanged.");
            return 1;
        }
        catch (Exception e) when (e is UsageException or DirectoryNotFoundException or BuildLockedException or UnauthorizedAccessException or IOException or SearchIndexException or HipMobility.NpmException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            if (verbose) Console.Error.WriteLine(e);
            return 1;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine(verbose ? e.ToString() : "This is a bug in HipMobility. Please report it with the command you ran; add --verbose for details.");
            return 2;
        }
    }

    /// <summary>Parallel stages wrap what they throw; a single theme error inside is still a theme error.</summary>
    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions: [var only] } ? Unwrap(only) : e is AggregateException agg && agg.Flatten().InnerExceptions.FirstOrDefault(x => x is HipMobility.Theme.ThemeException) is { } t ? t : e;
}
