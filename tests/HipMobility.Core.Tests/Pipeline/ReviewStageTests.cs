using HipMobility.Diagnostics;
using HipMobility.Pipeline;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Pipeline;

/// <summary>Review dates: a page is due for review a year after its <c>reviewed:</c> date, checked against a date passed in, never the clock.</summary>
public class ReviewStageTests
{
    private static IReadOnlyList<Diagnostic> Check(DateOnly? asOf, string lungeReviewed, string twistReviewed)
    {
        var bag = new DiagnosticBag();
        var content = ValidateStage.Run(ParseStage.Run([
            InMemorySite.File("muscles/hip-flexors.md", InMemorySite.Muscle),
            InMemorySite.File("poses/low-lunge.md", InMemorySite.Pose(extra: "reviewed: " + lungeReviewed)),
            InMemorySite.File("poses/twist.md", InMemorySite.Pose("twist", extra: "reviewed: " + twistReviewed)),
        ], InMemorySite.Urls, bag), bag);
        Assert.False(bag.HasErrors);
        var review = new DiagnosticBag();
        ReviewStage.Run(content, asOf, review);
        return review.Sorted();
    }

    [Fact]
    public void Without_a_date_a_page_a_year_behind_the_newest_review_is_overdue()
    {
        var warning = Assert.Single(Check(null, "2025-11-30", "2026-12-02"));
        Assert.Equal((DiagnosticCodes.ReviewOverdue, Severity.Warning), (warning.Code, warning.Severity));
        Assert.Contains("poses/low-lunge.md", warning.ToString());
        Assert.Contains("due 2026-11-30 (checked as of 2026-12-02)", warning.ToString());
    }

    [Fact]
    public void A_page_reviewed_within_the_year_is_not_overdue() =>
        Assert.Empty(Check(null, "2026-01-10", "2026-12-02"));

    [Fact]
    public void A_date_passed_in_is_what_pages_are_checked_against() =>
        Assert.Equal(2, Check(new DateOnly(2028, 1, 1), "2026-01-10", "2026-12-02").Count(d => d.Code == DiagnosticCodes.ReviewOverdue));
}
