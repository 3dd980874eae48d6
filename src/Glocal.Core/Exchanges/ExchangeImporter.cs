using Glocal.Core.Data;
using Glocal.Core.Shared.Tabular;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Exchanges;

/// <summary>
/// Imports the national registry layout (자치단체, 국가, 도시, 교류형태, 체결일, 교류분야; optionally 의회의결일 and
/// 의결번호, which a sister-city row needs). All or nothing: any bad row rejects the file and nothing is stored.
/// Idempotent: a partner is found by country and name (or gazetteer id), an agreement by partner, type and date,
/// so importing the same file again leaves every row unchanged. Rows of other municipalities are skipped.
/// </summary>
public sealed class ExchangeImporter(GlocalDbContext db, TenantContext tenant, Gazetteer gazetteer, TimeProvider clock)
{
    public const string Municipality = "자치단체";
    public const string Country = "국가";
    public const string City = "도시";
    public const string Type = "교류형태";
    public const string SignedOn = "체결일";
    public const string Fields = "교류분야";
    public const string CouncilApprovedOn = "의회의결일";
    public const string CouncilResolution = "의결번호";

    public async Task<ImportReport> ImportAsync(Stream content, string fileName, CancellationToken ct)
    {
        var table = TableReader.Read(content, fileName);
        table.RequireColumns(Municipality, Country, City, Type, SignedOn, Fields);
        var self = await db.Municipalities.AsNoTracking().Where(m => m.Id == tenant.MunicipalityId)
            .Select(m => new { m.NameKo, m.FullNameKo }).SingleAsync(ct);
        var partners = await db.PartnerCities.ToListAsync(ct);
        var agreements = await db.Agreements.ToListAsync(ct);
        var today = RelationshipRules.Today(clock);

        var issues = new List<ImportIssue>();
        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var row in table.Rows)
        {
            var owner = table.Cell(row, Municipality).Replace(" ", "", StringComparison.Ordinal);
            if (owner.Length == 0)
            {
                issues.Add(new ImportIssue(row.Number, Municipality, "required", "The municipality is empty."));
                continue;
            }

            if (!owner.EndsWith(self.NameKo, StringComparison.Ordinal) && owner != self.FullNameKo.Replace(" ", "", StringComparison.Ordinal))
            {
                continue; // the national file lists every municipality; only ours is imported
            }

            var rowIssues = new List<ImportIssue>();
            void Issue(string column, string code, string message) => rowIssues.Add(new ImportIssue(row.Number, column, code, message));

            var country = RegistryVocabulary.CountryCode(table.Cell(row, Country));
            if (country is null)
            {
                Issue(Country, "unknown_country", $"The country '{table.Cell(row, Country)}' is not known; write it in Korean (중국) or as an ISO code (CN).");
            }
            else if (country == "KR")
            {
                Issue(Country, "partner_domestic", "A partner city is a foreign local government.");
            }

            var cityName = table.Cell(row, City).Trim();
            if (cityName.Length == 0)
            {
                Issue(City, "required", "The city is empty.");
            }

            var type = RegistryVocabulary.Type(table.Cell(row, Type));
            if (type is null)
            {
                Issue(Type, "unknown_type", $"The exchange type '{table.Cell(row, Type)}' is not one of 자매결연, 우호교류, 업무협약(MOU), 교류의향서.");
            }

            var signed = RegistryVocabulary.Date(table.Cell(row, SignedOn));
            if (signed is null)
            {
                Issue(SignedOn, "invalid_date", $"The signing date '{table.Cell(row, SignedOn)}' is not a date such as 2009-05-21.");
            }

            var fields = RegistryVocabulary.Fields(table.Cell(row, Fields));
            if (fields is null or ExchangeFields.None)
            {
                Issue(Fields, "unknown_fields", $"The fields '{table.Cell(row, Fields)}' are empty or not understood; use 행정, 인적, 문화예술, 체육, 경제통상, 관광, 교육, 청소년, 보건, 환경, 과학기술, 기타.");
            }

            var approvedText = table.Cell(row, CouncilApprovedOn);
            var approved = approvedText.Length == 0 ? null : RegistryVocabulary.Date(approvedText);
            if (approvedText.Length > 0 && approved is null)
            {
                Issue(CouncilApprovedOn, "invalid_date", $"The council approval date '{approvedText}' is not a date.");
            }

            if (rowIssues.Count > 0 || country is null || type is null || signed is null || fields is null)
            {
                issues.AddRange(rowIssues);
                continue;
            }

            var resolution = table.Cell(row, CouncilResolution);
            var match = MatchCity(cityName, country);
            var partner = partners.FirstOrDefault(p => p.CountryCode == country
                && (p.NameKo == cityName || (match is not null && p.GeoNameId == match.GeoNameId)));
            var existing = partner is null ? null : agreements.FirstOrDefault(a => a.PartnerCityId == partner.Id && a.Type == type && a.SignedOn == signed);
            var agreement = existing ?? new Agreement { Id = Guid.CreateVersion7(), Type = type.Value, SignedOn = signed.Value };
            var before = (agreement.Fields, agreement.CouncilApprovedOn, agreement.CouncilResolutionNumber);
            agreement.Fields = existing is null ? fields.Value : existing.Fields | fields.Value;
            agreement.CouncilApprovedOn = approved ?? agreement.CouncilApprovedOn;
            agreement.CouncilResolutionNumber = resolution.Length > 0 ? resolution : agreement.CouncilResolutionNumber;
            try
            {
                agreement.Validate(today);
            }
            catch (Shared.BusinessRuleException rule)
            {
                issues.Add(new ImportIssue(row.Number, rule.Code.Contains("council", StringComparison.Ordinal) ? CouncilApprovedOn : SignedOn, rule.Code, rule.Message));
                continue;
            }

            if (partner is null)
            {
                partner = new PartnerCity
                {
                    Id = Guid.CreateVersion7(),
                    NameKo = cityName,
                    NameEn = match?.Name ?? cityName,
                    NameLocal = match?.NameLocal,
                    CountryCode = country,
                    Region = match?.Region,
                    Level = match?.SuggestedLevel ?? PartnerLevel.City,
                    Population = match?.Population,
                    Latitude = match?.Latitude,
                    Longitude = match?.Longitude,
                    GeoNameId = match?.GeoNameId,
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                };
                partners.Add(partner);
                db.PartnerCities.Add(partner);
            }

            if (existing is null)
            {
                agreement.PartnerCityId = partner.Id;
                agreements.Add(agreement);
                db.Agreements.Add(agreement);
                created++;
            }
            else if (before != (agreement.Fields, agreement.CouncilApprovedOn, agreement.CouncilResolutionNumber))
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        var report = new ImportReport(fileName, table.Rows.Count, created, updated, unchanged, issues);
        if (report.Rejected)
        {
            db.ChangeTracker.Clear();
            throw new ImportRejectedException(report);
        }

        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>The registry writes foreign cities in Korean, sometimes with the province first ("랴오닝성 안산시").</summary>
    private GazetteerCity? MatchCity(string cityName, string country)
    {
        var lastWord = cityName.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return gazetteer.FindByName(lastWord, country) ?? (lastWord.EndsWith('시') ? gazetteer.FindByName(lastWord[..^1], country) : gazetteer.FindByName(lastWord + "시", country));
    }
}
