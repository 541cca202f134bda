using System.Collections.Concurrent;
using HipMobility.Content;
using HipMobility.Figures;

namespace HipMobility.Rendering;

/// <summary>
/// Each figure placed and drawn once: a pose's figure appears on its page, its muscles' cards, the indexes and every
/// routine, print and player page that has it as a step, and placing a figure is the costly part. A drawing is kept by
/// what its figure says (<see cref="FigureSpec.Identity"/>), and in <c>serve</c> the drawings live from build to build,
/// so an edit draws again only the figures it changed.
/// </summary>
public sealed class FigureDrawings
{
    private readonly Kept<FigureSvg.Drawing> _stills = new();
    private readonly Kept<string?> _movements = new();

    /// <summary>Starts a build: the drawings the last build used are kept for this one, the others let go.</summary>
    public void NextBuild()
    {
        _stills.NextBuild();
        _movements.NextBuild();
    }

    /// <summary>The drawing of a pose (<paramref name="variant"/> null) or of one of its versions; null when it has no figure of its own.</summary>
    public FigureSvg.Drawing? Of(Pose pose, PoseVariant? variant) =>
        (variant is null ? pose.Figure : pose.FigureOf(variant)) is { } spec ? _stills.Get(spec, FigureSvg.Prepare) : null;

    /// <summary>The Play control's steps of a pose's movement (<see cref="FigureSvg.DrawMovement"/>); null for a hold or no figure.</summary>
    public string? MovementOf(Pose pose) => pose.Figure is { } spec ? _movements.Get(spec, FigureSvg.DrawMovement) : null;

    private sealed class Kept<T>
    {
        private ConcurrentDictionary<string, T> _current = new(StringComparer.Ordinal), _previous = new(StringComparer.Ordinal);

        public void NextBuild() => (_previous, _current) = (_current, new(StringComparer.Ordinal));

        public T Get(FigureSpec spec, Func<FigureSpec, T> draw) => _current.GetOrAdd(spec.Identity(),
            static (key, state) => state.Previous.TryGetValue(key, out var kept) ? kept : state.Draw(state.Spec),
            (Previous: _previous, Draw: draw, Spec: spec));
    }
}
