namespace HipMobility.Schema;

public enum FieldKind
{
    /// <summary>One line of text.</summary>
    Text,
    /// <summary>A list of texts.</summary>
    TextList,
    /// <summary>A lowercase-kebab id.</summary>
    Id,
    /// <summary>A list of lowercase-kebab ids.</summary>
    IdList,
    /// <summary>One value from <see cref="FieldSpec.Allowed"/>.</summary>
    Choice,
    /// <summary>A list of values from <see cref="FieldSpec.Allowed"/>.</summary>
    ChoiceList,
    /// <summary>A hold such as <c>30s</c> or <c>5 breaths</c>.</summary>
    Hold,
    /// <summary>A repetition count such as <c>10</c> or <c>8-10</c>.</summary>
    Reps,
    /// <summary>A nested mapping described by <see cref="FieldSpec.Nested"/>.</summary>
    Mapping,
    /// <summary>A list of mappings, each described by <see cref="FieldSpec.Nested"/>.</summary>
    MappingList,
    /// <summary>A number, such as a joint angle in degrees; <see cref="FieldSpec.Minimum"/> and <see cref="FieldSpec.Maximum"/> bound it.</summary>
    Number,
    /// <summary>A whole number from <see cref="FieldSpec.Minimum"/> to <see cref="FieldSpec.Maximum"/>, such as sets or days a week.</summary>
    Count,
    /// <summary>A calendar date written <c>YYYY-MM-DD</c>.</summary>
    Date,
}

/// <summary>One front-matter field: the single definition both the validator and the editor schemas are made from.</summary>
public sealed record FieldSpec(
    string Name,
    FieldKind Kind,
    bool Required,
    string Description,
    IReadOnlyList<string>? Allowed = null,
    FrontMatterSchema? Nested = null,
    string? Example = null,
    double? Minimum = null,
    double? Maximum = null);

/// <summary>The fields a kind of front matter may have.</summary>
public sealed record FrontMatterSchema(string Name, IReadOnlyList<FieldSpec> Fields)
{
    public FieldSpec? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public IEnumerable<string> Names => Fields.Select(f => f.Name);
}
