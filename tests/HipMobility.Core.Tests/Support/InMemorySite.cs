using System.Text;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Pipeline;

namespace HipMobility.Tests.Support;

/// <summary>Runs the pipeline stages on sources held in memory, for unit tests of one stage at a time.</summary>
public static class InMemorySite
{
    public static SourceFile File(string inputRelativePath, string text)
    {
        var kind = inputRelativePath switch
        {
            "sources.yml" => ContentKind.SourceList,
            _ when inputRelativePath.StartsWith("poses/") => ContentKind.Pose,
            _ when inputRelativePath.StartsWith("muscles/") => ContentKind.Muscle,
            _ when inputRelativePath.StartsWith("routines/") => ContentKind.Routine,
            _ => ContentKind.Page,
        };
        return new SourceFile(kind, "input/" + inputRelativePath, inputRelativePath, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The address the in-memory sites are built for.</summary>
    public static readonly SiteUrls Urls = new("https://example.org/");

    public static (LinkedSite Site, IReadOnlyList<Diagnostic> Diagnostics) Link(params SourceFile[] files)
    {
        var bag = new DiagnosticBag();
        var parsed = ParseStage.Run(files, Urls, bag);
        var content = ValidateStage.Run(parsed, bag);
        var site = LinkStage.Run(content, Urls, bag);
        return (site, bag.Sorted());
    }

    public static IReadOnlyList<string> Errors(params SourceFile[] files) =>
        Link(files).Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();

    public const string Muscle = """
        ---
        id: hip-flexors
        title: Hip flexors
        region: front
        summary: Front of the hip.
        body_map: [front-hip]
        ---
        Body.
        """;

    public static string Pose(string id = "low-lunge", string extra = "", string body = "1. Kneel.") => $"""
        ---
        id: {id}
        title: Low lunge
        summary: A stretch.
        cue: Tuck the tailbone.
        movements: [hip-extension]
        muscles:
          stretched: [hip-flexors]
        position: kneeling
        intensity: moderate
        hold: 30s
        sides: each
        cautions: [Stop if you feel sharp pain.]
        {extra}
        ---
        {body}
        """;
}
