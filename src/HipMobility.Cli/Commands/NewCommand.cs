using System.CommandLine;
using HipMobility.Content;
using HipMobility.Schema;

namespace HipMobility.Cli.Commands;

internal static class NewCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "pose, muscle or routine" };
        kind.AcceptOnlyFromAmong([.. ContentKinds.InFolders.Select(k => k.Name)]);
        var id = new Argument<string>("id") { Description = "The permanent id, lowercase-kebab, e.g. supported-low-lunge" };
        var input = new Option<string>("--input") { Description = "Folder of Markdown content", DefaultValueFactory = _ => "input" };
        var command = new Command("new", "Start a new pose, muscle or routine file with every field, commented");
        command.Arguments.Add(kind);
        command.Arguments.Add(id);
        command.Options.Add(input);
        command.SetAction(parse => BuildReporter.Guard(false, () =>
        {
            var k = parse.GetValue(kind)!;
            var i = parse.GetValue(id)!;
            if (!Ids.IsValid(i))
            {
                Console.Error.WriteLine($"error: '{i}' is not a valid id. Use lowercase letters, digits and single hyphens, such as 'supported-low-lunge'.");
                return 1;
            }
            var path = Path.Combine(parse.GetValue(input)!, ContentKinds.InputPathOf(ContentKinds.InFolders.Single(x => x.Name == k), i));
            var folder = Path.GetDirectoryName(path)!;
            var taken = Directory.Exists(parse.GetValue(input)!)
                ? Directory.EnumerateFiles(parse.GetValue(input)!, i + ContentKinds.MarkdownExtension, SearchOption.AllDirectories).FirstOrDefault()
                : null;
            if (taken is not null)
            {
                Console.Error.WriteLine($"error: id '{i}' is already used by {taken}. Ids are permanent URLs; choose another.");
                return 1;
            }
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, Scaffold.For(k, i));
            Console.WriteLine($"Wrote {path}. Fill in the fields, then run 'check'.");
            return 0;
        }));
        return command;
    }
}
