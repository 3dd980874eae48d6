using System.Globalization;
using Glocal.Core.Data;
using Glocal.Core.Shared;
using Glocal.Core.Shared.Tabular;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Investments;

/// <summary>
/// Imports projects from CSV (UTF-8 or CP949) or XLSX with the columns the export writes. The file is
/// checked whole first; one bad row rejects it and nothing is stored. Rows are matched to projects by title
/// and to investors by English name; importing the same file again changes nothing.
/// </summary>
public sealed class InvestmentImport(GlocalDbContext db, TenantContext tenant, TimeProvider clock)
{
    public static readonly string[] RequiredColumns = ["Title", "Company", "Country", "Stage", "ResponsibleOfficer"];

    private sealed record Row(
        int Number, string Title, string? CodeName, string Company, string Country, ProjectStage Stage, DateOnly? StageSince, ProjectSource Source,
        InvestmentType Type, SiteType SiteType, string? SiteName, string Officer, int Probability, DateOnly? Decision,
        DateOnly? MouSignedOn, string? Signatories, Money? Pledged, ExchangeRate? Rate, int PledgedJobs);

    public async Task<ImportReport> ImportProjectsAsync(Stream content, string fileName, bool canSeeConfidential, CancellationToken ct)
    {
        var table = TableReader.Read(content, fileName);
        table.RequireColumns(RequiredColumns);
        var issues = new List<ImportIssue>();
        var rows = new List<Row>();
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in table.Rows)
        {
            var row = Parse(table, r, issues);
            if (row is not null && !titles.Add(row.Title))
            {
                issues.Add(new ImportIssue(r.Number, "Title", "duplicate_title", $"'{row.Title}' appears more than once in the file."));
            }
            else if (row is not null)
            {
                rows.Add(row);
            }
        }

        var existing = await db.InvestmentProjects.Include(p => p.Mou).Include(p => p.StageHistory).Include(p => p.Company)
            .Where(p => titles.Contains(p.Title)).ToDictionaryAsync(p => p.Title, StringComparer.Ordinal, ct);
        var companies = await db.Companies.ToDictionaryAsync(c => c.NameEn, StringComparer.Ordinal, ct);
        foreach (var row in rows)
        {
            if (!canSeeConfidential && (row.CodeName is not null || (existing.TryGetValue(row.Title, out var hidden) && hidden.IsConfidential)))
            {
                issues.Add(new ImportIssue(row.Number, "CodeName", "confidential_forbidden", "This row is about a confidential project, which you may not change."));
            }

            if (existing.TryGetValue(row.Title, out var project) && project.Stage != row.Stage
                && !ProjectStages.CanMove(project.Stage, row.Stage, project.DelayedFrom))
            {
                issues.Add(new ImportIssue(row.Number, "Stage", "stage_transition_not_allowed", $"The project is at {project.Stage} and cannot move to {row.Stage}."));
            }

            if (row.Stage == ProjectStage.Lost)
            {
                issues.Add(new ImportIssue(row.Number, "Stage", "lost_reason_required", "Mark a project Lost on its page, where the reason is asked for."));
            }
        }

        if (issues.Count > 0)
        {
            throw new ImportRejectedException(new ImportReport(table.FileName, table.Rows.Count, 0, 0, 0, issues));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var actor = tenant.UserName ?? "import";
        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (!companies.TryGetValue(row.Company, out var company))
            {
                company = new Company { NameKo = row.Company, NameEn = row.Company, CountryCode = row.Country, CreatedAt = now };
                db.Companies.Add(company);
                companies[row.Company] = company;
            }

            var isNew = !existing.TryGetValue(row.Title, out var project);
            if (project is null)
            {
                project = new InvestmentProject { Title = row.Title, ResponsibleOfficer = row.Officer, Company = company, CreatedAt = now };
                project.Open(row.Stage, row.StageSince ?? today, actor, now);
                db.InvestmentProjects.Add(project);
            }

            var changed = Apply(project, company, row);
            if (!isNew && project.Stage != row.Stage)
            {
                project.MoveTo(row.Stage, row.StageSince is { } on && on >= project.StageSince ? on : today, actor, now);
                changed = true;
            }

            changed |= ApplyMou(project, row);
            if (isNew)
            {
                created++;
            }
            else if (changed)
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await db.SaveChangesAsync(ct);
        return new ImportReport(table.FileName, table.Rows.Count, created, updated, unchanged, []);
    }

    private static bool Apply(InvestmentProject p, Company company, Row row)
    {
        var before = (p.CodeName, p.CompanyId, p.Source, p.Type, p.SiteType, p.SiteName, p.ResponsibleOfficer, p.ProbabilityPercent, p.ExpectedDecisionOn);
        p.CodeName = row.CodeName;
        p.Company = company;
        p.Source = row.Source;
        p.Type = row.Type;
        p.SiteType = row.SiteType;
        p.SiteName = row.SiteName;
        p.ResponsibleOfficer = row.Officer;
        p.ProbabilityPercent = row.Probability;
        p.ExpectedDecisionOn = row.Decision;
        return before != (p.CodeName, company.Id, p.Source, p.Type, p.SiteType, p.SiteName, p.ResponsibleOfficer, p.ProbabilityPercent, p.ExpectedDecisionOn);
    }

    private static bool ApplyMou(InvestmentProject p, Row row)
    {
        if (row.MouSignedOn is not { } signed || row.Pledged is not { } pledged)
        {
            return false;
        }

        var mou = p.Mou ??= new InvestmentMou { ProjectId = p.Id, Signatories = "" };
        var before = (mou.SignedOn, mou.Signatories, mou.PledgedMinor, mou.PledgedCurrency, mou.KrwPerUsdScaled, mou.RateOn, mou.PledgedJobs);
        mou.SignedOn = signed;
        mou.Signatories = row.Signatories ?? (mou.Signatories.Length > 0 ? mou.Signatories : "—");
        mou.PledgedMinor = pledged.Minor;
        mou.PledgedCurrency = pledged.Currency;
        mou.KrwPerUsdScaled = row.Rate?.KrwPerUsdScaled;
        mou.RateOn = row.Rate?.On;
        mou.PledgedKrw = pledged.ToKrw(row.Rate);
        mou.PledgedJobs = row.PledgedJobs;
        return before != (mou.SignedOn, mou.Signatories, mou.PledgedMinor, mou.PledgedCurrency, mou.KrwPerUsdScaled, mou.RateOn, mou.PledgedJobs);
    }

    private static Row? Parse(Table table, TableRow r, List<ImportIssue> issues)
    {
        var before = issues.Count;
        string Text(string column) => table.Cell(r, column);
        string? Optional(string column) => Text(column) is { Length: > 0 } s ? s : null;
        void Issue(string column, string code, string message) => issues.Add(new ImportIssue(r.Number, column, code, message));

        T EnumOf<T>(string column, T fallback) where T : struct, Enum
        {
            var text = Text(column);
            if (text.Length == 0)
            {
                return fallback;
            }

            if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, CultureInfo.InvariantCulture, out _))
            {
                return value;
            }

            Issue(column, "invalid_value", $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
            return fallback;
        }

        DateOnly? Date(string column)
        {
            var text = Text(column);
            if (text.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            Issue(column, "invalid_date", $"'{text}' is not a date written yyyy-MM-dd.");
            return null;
        }

        int Int(string column, int fallback, int min, int max)
        {
            var text = Text(column);
            if (text.Length == 0)
            {
                return fallback;
            }

            if (int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }

            Issue(column, "invalid_number", $"'{text}' is not a whole number from {min} to {max}.");
            return fallback;
        }

        var title = Text("Title");
        if (title.Length is 0 or > 200)
        {
            Issue("Title", "required", "Every row needs a title of at most 200 characters.");
        }

        var company = Text("Company");
        if (company.Length is 0 or > 200)
        {
            Issue("Company", "required", "Every row needs the investor's English name.");
        }

        var country = Text("Country").ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            Issue("Country", "invalid_country", $"'{Text("Country")}' is not an ISO 3166-1 alpha-2 country code.");
        }

        var officer = Text("ResponsibleOfficer");
        if (officer.Length is 0 or > 100)
        {
            Issue("ResponsibleOfficer", "required", "Every row needs the responsible officer.");
        }

        var stage = EnumOf("Stage", ProjectStage.Lead);
        var currency = EnumOf("Currency", Currency.KRW);
        Money? pledged = null;
        ExchangeRate? rate = null;
        var rateOn = Date("RateOn");
        if (Optional("ExchangeRate") is { } rateText)
        {
            if (rateOn is null)
            {
                Issue("RateOn", "exchange_rate_required", "An exchange rate needs its date.");
            }
            else if (Money.TryParseMinor(rateText, 4, out var scaled) && scaled > 0)
            {
                rate = new ExchangeRate(scaled, rateOn.Value);
            }
            else
            {
                Issue("ExchangeRate", "exchange_rate_format", $"'{rateText}' is not a positive won-per-dollar rate.");
            }
        }

        var amountColumn = table.Has("PledgedAmount") ? "PledgedAmount" : "PledgedKrw";
        if (Optional(amountColumn) is { } amountText)
        {
            var amountCurrency = amountColumn == "PledgedKrw" ? Currency.KRW : currency;
            if (Money.TryParseMinor(amountText, Money.DecimalsOf(amountCurrency), out var minor) && minor >= 0)
            {
                pledged = new Money(minor, amountCurrency);
                if (amountCurrency == Currency.USD && rate is null)
                {
                    Issue("ExchangeRate", "exchange_rate_required", "A USD pledge needs the exchange rate and its date.");
                }
            }
            else
            {
                Issue(amountColumn, "money_format", $"'{amountText}' is not an amount in {amountCurrency}.");
            }
        }

        var mouSignedOn = Date("MouSignedOn");
        if (mouSignedOn is not null && pledged is null)
        {
            Issue(amountColumn, "required", "A row with an MOU date needs the pledged amount.");
        }

        var codeName = Optional("CodeName");
        if (codeName is { Length: > 60 })
        {
            Issue("CodeName", "too_long", "A code name has at most 60 characters.");
        }

        var row = new Row(r.Number, title, codeName, company, country, stage, Date("StageSince"), EnumOf("Source", ProjectSource.Direct),
            EnumOf("Type", InvestmentType.Greenfield), EnumOf("SiteType", SiteType.IndustrialComplex), Optional("SiteName"), officer,
            Int("ProbabilityPercent", 10, 0, 100), Date("ExpectedDecisionOn"), mouSignedOn, Optional("Signatories"), pledged, rate,
            Int("PledgedJobs", 0, 0, 1_000_000));
        return issues.Count == before ? row : null;
    }
}
