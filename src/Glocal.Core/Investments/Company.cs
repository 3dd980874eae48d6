using Glocal.Core.Tenancy;

namespace Glocal.Core.Investments;

/// <summary>An investor: a company (or its Korean subsidiary) the municipality courts or hosts.</summary>
public sealed class Company : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string NameKo { get; set; }

    public required string NameEn { get; set; }

    /// <summary>The legal name in the original script (日本語, 中文, Deutsch …), when it differs.</summary>
    public string? NameOriginal { get; set; }

    /// <summary>ISO 3166-1 alpha-2 of the investor's home country.</summary>
    public required string CountryCode { get; set; }

    /// <summary>Korean Standard Industrial Classification code (e.g. C26 or 26120).</summary>
    public string? KsicCode { get; set; }

    public CompanySize Size { get; set; }

    public string? ParentGroup { get; set; }

    public List<CompanyContact> Contacts { get; set; } = [];

    public DateTime CreatedAt { get; set; }
}

/// <summary>A person at the investor the officer deals with, and the language to use with them.</summary>
public sealed class CompanyContact
{
    public Guid Id { get; set; }

    public required string Person { get; set; }

    public string? Role { get; set; }

    /// <summary>BCP 47 tag, e.g. "ja" or "zh".</summary>
    public string? Language { get; set; }
}
