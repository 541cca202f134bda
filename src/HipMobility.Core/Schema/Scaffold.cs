using System.Text;

namespace HipMobility.Schema;

/// <summary>Writes a new content file with every field of its schema, commented, ready to fill in.</summary>
public static class Scaffold
{
    public static string For(string kind, string id)
    {
        var info = Content.ContentKinds.InFolders.FirstOrDefault(k => k.Name == kind)
            ?? throw new ArgumentException($"unknown kind '{kind}'; use pose, muscle or routine", nameof(kind));
        var schema = ContentSchemas.For(info.Kind);
        var body = info.Kind switch
        {
            Content.ContentKind.Pose => "1. First step.\n2. Second step.\n\n## Breathing\n\n## What you should feel\n\n## Mistakes to avoid\n\n## Why it helps\n",
            Content.ContentKind.Muscle => "## What it does\n\n## How it loads the lower back\n",
            Content.ContentKind.Precaution => "## What it means for these exercises\n\n## What to do instead\n",
            _ => "Who this routine is for and how to use it.\n",
        };
        var text = new StringBuilder("---\n");
        WriteFields(text, schema, id, "");
        text.Append("---\n\n").Append(body);
        return text.ToString();
    }

    private static void WriteFields(StringBuilder text, FrontMatterSchema schema, string id, string indent)
    {
        foreach (var field in schema.Fields)
        {
            var comment = $"# {(field.Required ? "required" : "optional")}: {field.Description}" +
                (field.Allowed is null ? "" : $" One of: {string.Join(", ", field.Allowed)}.");
            var prefix = $"{indent}{field.Name}:";
            switch (field.Kind)
            {
                case FieldKind.Mapping when !field.Required && field.Nested!.Fields.All(f => f.Kind is FieldKind.Count or FieldKind.Text):
                    // A small mapping of plain values (how_often): written out, ready to fill in.
                    text.Append(prefix).Append("  ").Append(comment).Append('\n');
                    foreach (var nested in field.Nested!.Fields)
                        text.Append(indent).Append("  ").Append(nested.Name).Append(": ").Append(Placeholder(nested, id)).Append("  # ").Append(nested.Description).Append('\n');
                    break;
                case FieldKind.Date:
                    // Left for the reviewer to fill in: a new file has not been reviewed yet.
                    text.Append(indent).Append("# ").Append(field.Name).Append(": YYYY-MM-DD  ").Append(comment).Append('\n');
                    break;
                case FieldKind.Mapping when !field.Required:
                case FieldKind.MappingList when !field.Required:
                    text.Append(indent).Append("# ").Append(field.Name).Append(": optional: ").Append(field.Description).Append(" See CONTRIBUTING.md.\n");
                    break;
                case FieldKind.Mapping:
                    text.Append(prefix).Append(' ').Append(comment).Append('\n');
                    foreach (var nested in field.Nested!.Fields)
                        text.Append(indent).Append("  ").Append(nested.Name).Append(": []  # ").Append(nested.Description).Append('\n');
                    break;
                case FieldKind.MappingList:
                    text.Append(prefix).Append(' ').Append(comment).Append('\n');
                    var first = true;
                    foreach (var nested in field.Nested!.Fields.Where(f => f.Kind != FieldKind.Mapping || f.Required))
                    {
                        text.Append(indent).Append(first ? "  - " : "    ").Append(nested.Name).Append(": ")
                            .Append(Placeholder(nested, id)).Append("  # ").Append(nested.Description).Append('\n');
                        first = false;
                    }
                    break;
                default:
                    text.Append(prefix).Append(' ').Append(field.Name == "id" ? id : Placeholder(field, id)).Append("  ").Append(comment).Append('\n');
                    break;
            }
        }
    }

    private static string Placeholder(FieldSpec field, string id) => field.Kind switch
    {
        FieldKind.TextList or FieldKind.IdList or FieldKind.ChoiceList => "[]",
        FieldKind.Choice => field.Allowed![0],
        FieldKind.Hold => "30s",
        FieldKind.Reps => "\"\"",
        FieldKind.Count => field.Example ?? "1",
        FieldKind.Date => "\"\"",
        FieldKind.Id => field.Example ?? id,
        _ => "\"\"",
    };
}
