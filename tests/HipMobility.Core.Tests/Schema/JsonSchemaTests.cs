using System.Text.Json.Nodes;
using HipMobility.Schema;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Schema;

/// <summary>The editor schemas in .vscode/schemas are generated from the validator's own definitions and kept in step.</summary>
public class JsonSchemaTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var (file, _) in JsonSchemaWriter.All) data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Committed_editor_schema_matches_the_validator_definitions(string file)
    {
        var generated = JsonSchemaWriter.Write(JsonSchemaWriter.All.Single(s => s.FileName == file).Schema);
        var path = Repo.Path(".vscode", "schemas", file);
        if (Repo.UpdateGoldens) File.WriteAllText(path, generated);
        Assert.Equal(generated, File.ReadAllText(path));
    }

    [Fact]
    public void The_pose_schema_lists_the_controlled_positions()
    {
        var schema = JsonNode.Parse(JsonSchemaWriter.Write(ContentSchemas.Pose))!;
        var positions = schema["properties"]!["position"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(ControlledLists.Positions, positions);
    }

    [Fact]
    public void The_pose_schema_refuses_unknown_fields_and_requires_cautions()
    {
        var schema = JsonNode.Parse(JsonSchemaWriter.Write(ContentSchemas.Pose))!;
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        Assert.Contains("cautions", schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Vscode_settings_map_every_schema_to_its_content_folder()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Repo.Path(".vscode", "settings.json")))!["yaml.schemas"]!.AsObject();
        Assert.Equal("input/poses/*.md", settings["./.vscode/schemas/pose.schema.json"]!.GetValue<string>());
        Assert.Equal("input/muscles/*.md", settings["./.vscode/schemas/muscle.schema.json"]!.GetValue<string>());
        Assert.Equal("input/routines/*.md", settings["./.vscode/schemas/routine.schema.json"]!.GetValue<string>());
    }
}
