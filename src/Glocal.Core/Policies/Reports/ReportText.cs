namespace Glocal.Core.Policies.Reports;

/// <summary>The Korean words the annual report prints for the portfolio's codes (the report is Korean, as municipalities file it).</summary>
public static class ReportText
{
    public static string Ko(Orientation o) => o switch
    {
        Orientation.Inward => "내향",
        Orientation.Outward => "외향",
        Orientation.Both => "양방향",
        _ => o.ToString(),
    };

    public static string Ko(ProgrammeMode m) => m switch
    {
        ProgrammeMode.Recurring => "정기",
        ProgrammeMode.MultiYear => "다년",
        ProgrammeMode.OneOff => "일회성",
        _ => m.ToString(),
    };

    public static string Ko(FundingSource s) => s switch
    {
        FundingSource.National => "국비",
        FundingSource.Provincial => "도비",
        FundingSource.City => "시비",
        _ => s.ToString(),
    };

    public static string Ko(BalanceStatus s) => s switch
    {
        BalanceStatus.Balanced => "균형",
        BalanceStatus.InwardHeavy => "내향 편중",
        BalanceStatus.OutwardHeavy => "외향 편중",
        BalanceStatus.NoData => "자료 없음",
        _ => s.ToString(),
    };

    public static string PillarKo(string pillar) => pillar switch
    {
        nameof(Pillars.Residents) => "외국인주민",
        nameof(Pillars.Exchanges) => "국제교류",
        nameof(Pillars.Investments) => "투자유치",
        _ => pillar,
    };

    public static string ReasonKo(string code) => code switch
    {
        PortfolioMath.ReasonOneOff => "일회성 사업",
        PortfolioMath.ReasonHighCost => "참가자 1인당 비용 과다",
        PortfolioMath.ReasonNoOutcomeKpi => "성과(결과) 지표 없음",
        PortfolioMath.ReasonNoFollowUp => "후속 산출물 없음",
        _ => code,
    };

    public static string Won(long krw) => krw.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "원";

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "–";

    public const string ChainsHeading = "교류·투자 연계 성과";

    public const string ChainsNote = "교류 활동에서 투자 발굴, MOU, 도착, 일자리로 이어진 결과입니다. 도착 금액은 도착·검증 등급의 자금만 셉니다(발표·MOU·신고 금액 제외). 비공개 프로젝트는 집계에 포함되나 이름은 싣지 않습니다.";

    public const string ChainsEmpty = "이 해의 교류 활동에서 나온 투자 프로젝트 없음";

    /// <summary>The chain's totals in one sentence, the figure a reader checks first.</summary>
    public static string ChainsSummary(ChainTotals t) =>
        $"교류 활동 {t.Activities}건 · 투자 발굴 {t.Leads}건 · MOU {t.Mous}건 · 도착 {t.Arrived}건 · 도착 금액 {Won(t.ArrivedKrw)} · 일자리 {t.Jobs.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}명";
}
