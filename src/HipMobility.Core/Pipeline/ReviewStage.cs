using HipMobility.Content;
using HipMobility.Diagnostics;

namespace HipMobility.Pipeline;

/// <summary>
/// Warns (HM105) about every page whose content is past its review date: a year after its <c>reviewed:</c> date.
/// Checked against a date passed in (<see cref="SiteOptions.ReviewDate"/>), never the clock, so the same input always
/// gives the same report; without one, against the newest review date in the content, which flags pages left a year
/// or more behind the most recent review.
/// </summary>
public static class ReviewStage
{
    public static void Run(ContentSet content, DateOnly? asOf, DiagnosticBag diagnostics)
    {
        var items = content.Poses.Concat<IContentItem>(content.Muscles).Concat(content.Routines).Concat(content.Pages).ToList();
        var reference = asOf ?? items.Select(i => i.Reviewed).Max();
        if (reference is not { } day) return;
        foreach (var item in items)
        {
            if (item.Reviewed is not { } reviewed || !Review.IsOverdue(reviewed, day)) continue;
            diagnostics.Warning(item.Source.At("reviewed"), DiagnosticCodes.ReviewOverdue,
                $"last reviewed {reviewed:yyyy-MM-dd}, so its review was due {Review.NextDue(reviewed):yyyy-MM-dd} (checked as of {day:yyyy-MM-dd})",
                "Review the page against its sources and the safety page, then set 'reviewed:' to the date you did");
        }
    }
}
