using System.CommandLine;
using HipMobility.Pipeline;

namespace HipMobility.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var command = new Command("check", "Validate the content and report every problem; writes nothing");
        options.AddTo(command, withOutput: false);
        command.SetAction(parse => BuildReporter.Guard(parse.GetValue(options.Verbose), () =>
        {
            var report = SiteBuild.Run(parse.GetValue(options.Input)!, parse.GetValue(options.Theme)!, null,
                options.SiteOptions(parse, withSearch: false));
            BuildReporter.PrintDiagnostics(report);
            if (report.Succeeded) Console.WriteLine($"No errors, {report.WarningCount} warning(s).");
            return report.Succeeded ? 0 : 1;
        }));
        return command;
    }
}
