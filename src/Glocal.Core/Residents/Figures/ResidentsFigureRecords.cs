namespace Glocal.Core.Residents.Figures;

/// <summary>What the figures need of one case (no personal data).</summary>
public sealed record CaseFact(DateTime OpenedAt, DateTime? FirstResponseAt, CaseCategory Category, string Language);

public sealed record MonthCount(int Year, int Month, int Count);

public sealed record KeyCount(string Key, int Count);

/// <summary>Hours from opening to the first staff action, over cases that had one; <see cref="Waiting"/> have none yet.</summary>
public sealed record ResponseTimes(int Responded, int Waiting, double? MedianHours, double? MeanHours);

/// <summary>Referrals made in the period and where they stand; the rate is completed ÷ finished (completed + declined).</summary>
public sealed record ReferralFigures(int Total, int Completed, int Declined, int Open, double? CompletionRate);

/// <summary>One language: estimated residents, clients and cases, and who serves it.</summary>
public sealed record LanguageCoverage(
    string Language, double Residents, double Share, int Clients, int Cases,
    bool Counsellors, bool Interpreters, bool Classes, bool Portal)
{
    /// <summary>A person can be helped in the language: a counsellor or an interpreter speaks it.</summary>
    public bool Served => Counsellors || Interpreters;
}

/// <summary>
/// The language coverage gap: the share of (estimated) foreign residents whose language no counsellor or
/// interpreter speaks. <see cref="Source"/> says where the resident estimate came from (ADR 0041).
/// </summary>
public sealed record CoverageGap(
    IReadOnlyList<LanguageCoverage> Languages, double Residents, double ResidentsUnserved, double? GapShare,
    CoverageSource Source, DateOnly? ReferenceDate, int ClientsUnserved, int Clients);

public enum CoverageSource
{
    /// <summary>The municipality's own MOIS 외국인주민 by nationality.</summary>
    MoisNationality,

    /// <summary>MOJ 체류외국인 national nationality shares from the statistics store, scaled to the municipality's MOIS total.</summary>
    MojNationalShares,

    /// <summary>The built-in MOJ 2024 nationality table, scaled to the municipality's MOIS total.</summary>
    BuiltInMoj2024,

    /// <summary>No foreign-resident statistic: registered clients only.</summary>
    ClientsOnly,
}

/// <summary>Which languages each channel serves (BCP 47 tags; compared by primary language).</summary>
public sealed record ServedLanguages(
    IReadOnlyCollection<string> Counsellors, IReadOnlyCollection<string> Interpreters, IReadOnlyCollection<string> Classes, IReadOnlyCollection<string> Portal);

/// <summary>Every computed figure of the residents module for one period.</summary>
public sealed record ResidentsFigures(
    DateOnly From, DateOnly To, int Cases, IReadOnlyList<MonthCount> ByMonth, IReadOnlyList<KeyCount> ByCategory,
    IReadOnlyList<KeyCount> ByLanguage, ResponseTimes Response, ReferralFigures Referrals,
    double? ForeignResidents, double? CasesPer1000, CoverageGap Coverage);

/// <summary>The dashboard's residents card.</summary>
public sealed record ResidentsHeadline(int OpenCases, int NewCases, int CasesLast30Days, double? MedianResponseHours, double? GapShare, int UnservedLanguages, int OverdueFollowUps);
