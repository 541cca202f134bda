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

    public static int Guard(bool verbose, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (Exception e) when (e is DirectoryNotFoundException or BuildLockedException or UnauthorizedAccessException or IOException or SearchIndexException)
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
}
