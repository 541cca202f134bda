using System.CommandLine;
using HipMobility.Cli.Commands;

var root = new RootCommand("HipMobility: builds the hip mobility reference guide from Markdown into a static site.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(FiguresCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
return root.Parse(args).Invoke();
