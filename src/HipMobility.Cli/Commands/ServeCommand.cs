using System.CommandLine;
using HipMobility.Cli.Serving;
using HipMobility.Pipeline;

namespace HipMobility.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to bind; loopback unless you say otherwise", DefaultValueFactory = _ => "127.0.0.1" };
        var timings = new Option<bool>("--timings") { Description = "Print the time each pipeline stage took, after every rebuild" };
        var command = new Command("serve", "Build the site, serve it locally, and rebuild and reload on every change");
        options.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(timings);
        command.SetAction(parse => BuildReporter.Guard(parse.GetValue(options.Verbose), () =>
        {
            var output = Path.GetFullPath(parse.GetValue(options.Output)!);
            options.InstallNpmPackages(parse);
            var build = new SiteBuild(parse.GetValue(options.Input)!, parse.GetValue(options.Theme)!, output, options.SiteOptions(parse, withSearch: true));
            var address = parse.GetValue(host)!;
            var url = $"http://{(address.Contains(':') ? $"[{address}]" : address)}:{parse.GetValue(port)}/";
            return new LiveServer(build, output, parse.GetValue(timings)).Run(url);
        }));
        return command;
    }
}
