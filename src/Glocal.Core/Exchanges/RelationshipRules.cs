namespace Glocal.Core.Exchanges;

/// <summary>One activity as the computations need it.</summary>
public sealed record ActivityFact(DateOnly OccurredOn, bool Substantive, ExchangeDirection Direction, int Participants, long CostWon);

public sealed record YearFigures(int Year, int Activities, int Substantive, long CostWon, int Participants);

/// <summary>Inbound and outbound counts of activities and delegations; bilateral activities count on both sides.</summary>
public sealed record DirectionBalance(int Inbound, int Outbound)
{
    /// <summary>Outbound minus inbound: positive when the municipality mostly travels, negative when it mostly hosts.</summary>
    public int Net => Outbound - Inbound;
}

/// <summary>Figures computed from a relationship's activity log; nothing here is ever typed in.</summary>
public sealed record RelationshipFigures(
    RelationshipStatus Status,
    DateOnly? LastSubstantiveOn,
    DateOnly? LastActivityOn,
    IReadOnlyList<YearFigures> PerYear,
    long TotalCostWon,
    int TotalParticipants,
    long? CostPerParticipantWon,
    DirectionBalance Balance);

/// <summary>
/// How a relationship's status is derived: active while a substantive activity happened within the
/// dormancy window (12 months unless configured), dormant after, never active when there has been
/// none at all. Ceremonial activities (greetings, congratulatory letters) are logged but keep nothing alive.
/// </summary>
public static class RelationshipRules
{
    /// <summary>Substantive activities strictly after this date keep a relationship active on <paramref name="today"/>.</summary>
    public static DateOnly DormancyThreshold(DateOnly today, int dormancyMonths) => today.AddMonths(-dormancyMonths);

    public static RelationshipStatus StatusOf(DateOnly? lastSubstantiveOn, DateOnly today, int dormancyMonths) =>
        lastSubstantiveOn is not { } last ? RelationshipStatus.NeverActive
        : last > DormancyThreshold(today, dormancyMonths) ? RelationshipStatus.Active
        : RelationshipStatus.Dormant;

    /// <summary>The date a still-active relationship becomes dormant if nothing substantive happens before.</summary>
    public static DateOnly? DormantFrom(DateOnly? lastSubstantiveOn, int dormancyMonths) => lastSubstantiveOn?.AddMonths(dormancyMonths);

    public static RelationshipFigures Compute(IEnumerable<ActivityFact> activities, IEnumerable<ExchangeDirection> delegationDirections, DateOnly today, int dormancyMonths)
    {
        var list = activities.ToList();
        var lastSubstantive = list.Where(a => a.Substantive).Select(a => (DateOnly?)a.OccurredOn).Max();
        var perYear = list.GroupBy(a => a.OccurredOn.Year).OrderBy(g => g.Key)
            .Select(g => new YearFigures(g.Key, g.Count(), g.Count(a => a.Substantive), g.Sum(a => a.CostWon), g.Sum(a => a.Participants)))
            .ToList();
        var cost = list.Sum(a => a.CostWon);
        var participants = list.Sum(a => a.Participants);
        var directions = list.Select(a => a.Direction).Concat(delegationDirections).ToList();
        var balance = new DirectionBalance(
            directions.Count(d => d is ExchangeDirection.Inbound or ExchangeDirection.Bilateral),
            directions.Count(d => d is ExchangeDirection.Outbound or ExchangeDirection.Bilateral));
        return new RelationshipFigures(
            StatusOf(lastSubstantive, today, dormancyMonths),
            lastSubstantive,
            list.Select(a => (DateOnly?)a.OccurredOn).Max(),
            perYear,
            cost,
            participants,
            participants == 0 ? null : (long)Math.Round((double)cost / participants, MidpointRounding.AwayFromZero),
            balance);
    }

    /// <summary>A follow-up is overdue from the day after its due date until it is done.</summary>
    public static bool IsOverdue(DateOnly dueOn, DateOnly? doneOn, DateOnly today) => doneOn is null && dueOn < today;

    /// <summary>Today in Korea, where the municipalities are: a date near midnight UTC belongs to the Korean day.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(KoreaOffset).DateTime);

    private static readonly TimeSpan KoreaOffset = TimeSpan.FromHours(9);
}
