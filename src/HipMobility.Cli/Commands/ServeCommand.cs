using System.CommandLine;
using HipMobility.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace HipMobility.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to bind; loopback unless you say otherwise", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Build the site and serve it locally");
        options.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(host);
        command.SetAction(parse => BuildReporter.Guard(parse.GetValue(options.Verbose), () =>
        {
            var output = Path.GetFullPath(parse.GetValue(options.Output)!);
            var url = $"http://{parse.GetValue(host)}:{parse.GetValue(port)}/";
            var report = SiteBuild.Run(parse.GetValue(options.Input)!, parse.GetValue(options.Theme)!, output,
                options.SiteOptions(parse, withSearch: true));
            BuildReporter.PrintDiagnostics(report);
            if (!report.Succeeded && !Directory.Exists(output)) return 1;

            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls(url);
            var app = builder.Build();
            var files = new PhysicalFileProvider(output);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false });
            Console.WriteLine($"Serving {output} at {url} (Ctrl+C to stop).");
            app.Run();
            return 0;
        }));
        return command;
    }
}
