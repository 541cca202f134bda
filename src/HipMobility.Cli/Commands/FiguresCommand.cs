using System.CommandLine;
using HipMobility.Diagnostics;
using HipMobility.Pipeline;

namespace HipMobility.Cli.Commands;

/// <summary><c>hipmobility figures --out sheet.html</c>: one page with every figure of every pose and variant, to look at.</summary>
internal static class FiguresCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Folder of Markdown content", DefaultValueFactory = _ => "input" };
        var output = new Option<string>("--out") { Description = "The contact sheet to write (an HTML file)", DefaultValueFactory = _ => "figures.html" };
        var only = new Option<string[]>("--pose") { Description = "Only these poses (by id; repeat the option or separate with commas)", AllowMultipleArgumentsPerToken = true };
        var verbose = new Option<bool>("--verbose") { Description = "Print stack traces of unexpected errors" };
        var command = new Command("figures", "Draw every pose's and variant's figure on one contact sheet (an HTML page)");
        command.Options.Add(input);
        command.Options.Add(output);
        command.Options.Add(only);
        command.Options.Add(verbose);
        command.SetAction(parse => BuildReporter.Guard(parse.GetValue(verbose), () =>
        {
            var (diagnostics, html) = FigureSheetBuild.Run(parse.GetValue(input)!,
                (parse.GetValue(only) ?? []).SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet());
            foreach (var d in diagnostics)
                (d.Severity == Severity.Error ? Console.Error : Console.Out).WriteLine(d);
            if (html is null)
            {
                Console.Error.WriteLine($"{diagnostics.Count(d => d.Severity == Severity.Error)} error(s). No contact sheet was written.");
                return 1;
            }
            var path = Path.GetFullPath(parse.GetValue(output)!);
            File.WriteAllText(path, html);
            Console.WriteLine($"Wrote {path}");
            return 0;
        }));
        return command;
    }
}
