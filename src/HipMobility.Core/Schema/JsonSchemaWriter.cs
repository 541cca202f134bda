using System.Text.Json;
using System.Text.Json.Nodes;

namespace HipMobility.Schema;

/// <summary>
/// JSON Schemas for editors, made from the same <see cref="FrontMatterSchema"/> definitions the validator uses,
/// so completion, controlled lists and required fields can never drift from what the build accepts.
/// </summary>
public static class JsonSchemaWriter
{
    public static IReadOnlyList<(string FileName, FrontMatterSchema Schema)> All { get; } =
        [.. Content.ContentKinds.InFolders.Select(k => ($"{k.Name}.schema.json", ContentSchemas.For(k.Kind)))];

    public static string Write(FrontMatterSchema schema)
    {
        var root = Object(schema);
        root.Insert(0, "$schema", "http://json-schema.org/draft-07/schema#");
        root.Insert(1, "title", $"HipMobility {schema.Name} front matter");
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject Object(FrontMatterSchema schema)
    {
        var properties = new JsonObject();
        foreach (var field in schema.Fields) properties[field.Name] = Property(field);
        var result = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        var required = schema.Fields.Where(f => f.Required).Select(f => (JsonNode)f.Name).ToArray();
        if (required.Length > 0) result["required"] = new JsonArray(required);
        return result;
    }

    private static JsonObject Property(FieldSpec field)
    {
        JsonObject node = field.Kind switch
        {
            FieldKind.Text => new JsonObject { ["type"] = "string", ["minLength"] = field.Required ? 1 : 0 },
            FieldKind.Id => new JsonObject { ["type"] = "string", ["pattern"] = IdPattern },
            FieldKind.Choice => new JsonObject { ["enum"] = Values(field.Allowed!) },
            FieldKind.Hold => new JsonObject { ["type"] = "string", ["pattern"] = HoldPattern },
            FieldKind.Reps => new JsonObject { ["type"] = new JsonArray("string", "integer"), ["pattern"] = RepsPattern },
            FieldKind.TextList => List(new JsonObject { ["type"] = "string" }, field.Required),
            FieldKind.IdList => List(new JsonObject { ["type"] = "string", ["pattern"] = IdPattern }, field.Required),
            FieldKind.ChoiceList => List(new JsonObject { ["enum"] = Values(field.Allowed!) }, field.Required),
            FieldKind.Mapping => Object(field.Nested!),
            FieldKind.MappingList => List(Object(field.Nested!), field.Required),
            FieldKind.Number => Number(field),
            FieldKind.Count => Number(field, "integer"),
            FieldKind.Date => new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = DatePattern },
            _ => new JsonObject(),
        };
        node.Insert(0, "description", field.Description);
        return node;
    }

    private const string IdPattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    private const string HoldPattern = "^[0-9]{1,4}(\\s*[-–]\\s*[0-9]{1,4})?\\s*(s|sec|secs|seconds?|min|mins|minutes?|breaths?)$";
    private const string RepsPattern = "^[0-9]{1,3}(\\s*[-–]\\s*[0-9]{1,3})?$";
    private const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private static JsonObject Number(FieldSpec field, string type = "number")
    {
        var node = new JsonObject { ["type"] = type };
        if (field.Minimum is { } min) node["minimum"] = min;
        if (field.Maximum is { } max) node["maximum"] = max;
        return node;
    }

    private static JsonArray Values(IReadOnlyList<string> values) => new(values.Select(v => (JsonNode)v).ToArray());

    private static JsonObject List(JsonObject items, bool required)
    {
        var list = new JsonObject { ["type"] = "array", ["items"] = items };
        if (required) list["minItems"] = 1;
        return list;
    }
}
