namespace Glocal.Core.Residents;

/// <summary>Calendar days of the module are Korean days (KST has no daylight saving: always UTC+9).</summary>
public static class KoreaTime
{
    public const int OffsetHours = 9;

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(OffsetHours));
}
