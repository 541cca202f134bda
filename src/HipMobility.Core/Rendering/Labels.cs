namespace HipMobility.Rendering;

/// <summary>Human wording for the controlled-list values.</summary>
public static class Labels
{
    public static string Position(string value) => value switch
    {
        "supine" => "Lying on your back",
        "prone" => "Lying face down",
        "side-lying" => "Lying on your side",
        "seated-floor" => "Seated on the floor",
        "chair" => "Seated in a chair",
        "kneeling" => "Kneeling",
        "quadruped" => "On hands and knees",
        "standing" => "Standing",
        "bed" => "In bed",
        _ => value,
    };

    public static string Sides(string value) => value == "each" ? "Each side" : "Both sides together";

    public static string Capitalised(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].Replace('-', ' ');

    public static string List(IEnumerable<string> values, string none = "None") =>
        values.Any() ? string.Join(", ", values) : none;
}
