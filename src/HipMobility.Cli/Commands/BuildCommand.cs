using System.CommandLine;
using System.Diagnostics;
using HipMobility.Pipeline;

namespace HipMobility.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var timings = new Option<bool>("--timings") { Description = "Print the time each pipeline stage took" };
        var updateUrls = new Option<bool>("--update-urls") { Description = "Add every URL the site now publishes to input/published-urls.txt" };
        var shareImages = new Option<bool>("--share-images")
        {
            Description = "Paint each pose's figure as a PNG for the picture a shared link shows (og:image); for deploys",
        };
        var command = new Command("build", "Build the site into the output folder");
        options.AddTo(command);
        command.Options.Add(timings);
        command.Options.Add(updateUrls);
        command.Options.Add(shareImages);
        command.SetAction(parse => BuildReporter.Guard(parse.GetValue(options.Verbose), () =>
        {
            var clock = Stopwatch.StartNew();
            options.InstallNpmPackages(parse);
            var report = SiteBuild.Run(parse.GetValue(options.Input)!, parse.GetValue(options.Theme)!, parse.GetValue(options.Output)!,
                options.SiteOptions(parse, withSearch: true) with
                {
                    UpdateUrlRegister = parse.GetValue(updateUrls), ShareImages = parse.GetValue(shareImages),
                });
            BuildReporter.PrintDiagnostics(report);
            if (!report.Succeeded) return 1;
            Console.WriteLine($"Built {report.Pages} pages ({report.FilesWritten} files) into {parse.GetValue(options.Output)} with {report.WarningCount} warning(s) in {clock.Elapsed.TotalMilliseconds:F0} ms.");
            if (parse.GetValue(timings)) BuildReporter.PrintTimings(report, withProcess: true);
            return 0;
        }));
        return command;
    }
}
