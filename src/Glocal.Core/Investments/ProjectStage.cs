using System.Text.Json.Serialization;

namespace Glocal.Core.Investments;

/// <summary>
/// Where a project stands. The main path runs Lead → … → Aftercare in declaration order; Delayed, Lost and
/// Withdrawn are side states. The numeric values order the main path and must not be reordered.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProjectStage>))]
public enum ProjectStage
{
    Lead = 0,
    Inquiry = 1,
    SiteVisit = 2,
    Proposal = 3,
    Mou = 4,
    Notified = 5,
    Construction = 6,
    Arrived = 7,
    Operating = 8,
    Aftercare = 9,
    Delayed = 20,
    Lost = 21,
    Withdrawn = 22,
}

/// <summary>The transition rules of <see cref="ProjectStage"/>, in one place so the entity, the UI and the import agree.</summary>
public static class ProjectStages
{
    /// <summary>The main path, in order: the funnel's rows.</summary>
    public static IReadOnlyList<ProjectStage> MainPath { get; } =
    [
        ProjectStage.Lead, ProjectStage.Inquiry, ProjectStage.SiteVisit, ProjectStage.Proposal, ProjectStage.Mou,
        ProjectStage.Notified, ProjectStage.Construction, ProjectStage.Arrived, ProjectStage.Operating, ProjectStage.Aftercare,
    ];

    public static bool IsMain(this ProjectStage stage) => stage <= ProjectStage.Aftercare;

    public static bool IsClosed(this ProjectStage stage) => stage is ProjectStage.Lost or ProjectStage.Withdrawn;

    /// <summary>
    /// Whether a project may go from <paramref name="from"/> to <paramref name="to"/>.
    /// <list type="bullet">
    /// <item>Forward one step along the main path.</item>
    /// <item>Before an MOU, early steps may be skipped (an embassy referral can go straight to a proposal), up to MOU.</item>
    /// <item>Notified → Arrived skips Construction: acquisitions and reinvestments build nothing.</item>
    /// <item>Any open stage before Aftercare may become Delayed or Lost; any open stage may be Withdrawn.</item>
    /// <item>Delayed resumes only to the stage it was delayed from (<paramref name="resumeTo"/>), or is Lost or Withdrawn.</item>
    /// <item>Lost and Withdrawn are final; nothing moves backwards along the main path.</item>
    /// </list>
    /// </summary>
    public static bool CanMove(ProjectStage from, ProjectStage to, ProjectStage? resumeTo = null)
    {
        if (from == to || from.IsClosed())
        {
            return false;
        }

        if (from == ProjectStage.Delayed)
        {
            return to == resumeTo || to.IsClosed();
        }

        return to switch
        {
            ProjectStage.Withdrawn => true,
            ProjectStage.Delayed or ProjectStage.Lost => from != ProjectStage.Aftercare,
            _ when to == from + 1 => true,
            _ when from < ProjectStage.Mou && to > from && to <= ProjectStage.Mou => true,
            _ => from == ProjectStage.Notified && to == ProjectStage.Arrived,
        };
    }

    /// <summary>The stages a project in <paramref name="from"/> may move to, for pickers.</summary>
    public static IReadOnlyList<ProjectStage> NextFrom(ProjectStage from, ProjectStage? resumeTo = null) =>
        [.. Enum.GetValues<ProjectStage>().Where(to => CanMove(from, to, resumeTo))];
}
