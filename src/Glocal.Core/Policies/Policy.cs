using Glocal.Core.Tenancy;

namespace Glocal.Core.Policies;

/// <summary>A municipal policy (e.g. 외국인주민 정착지원 기본계획); its programmes carry the budgets and KPIs.</summary>
public sealed class Policy : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    public int StartYear { get; set; }

    public int? EndYear { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<Programme> Programmes { get; } = [];
}
