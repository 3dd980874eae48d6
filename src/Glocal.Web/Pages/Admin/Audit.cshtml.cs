using Glocal.Core.Access;
using Glocal.Core.Audit;
using Glocal.Core.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Glocal.Web.Pages.Admin;

/// <summary>One page for the three append-only logs: changes, reads of personal data, role grants.</summary>
[Authorize(Permissions.AuditRead)]
public sealed class AuditModel(AuditQueries audit) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string Log { get; set; } = "events";

    [BindProperty(SupportsGet = true)]
    public AuditSearch Search { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount { get; private set; }

    public IReadOnlyList<string> Columns { get; private set; } = [];

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; private set; } = [];

    public string ExportUrl => QueryHelpers.AddQueryString(Log == "access" ? "/api/v1/admin/access-log.csv" : "/api/v1/admin/audit-events.csv", Filters());

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var page = new PageRequest { Page = PageNumber, PageSize = PageSize };
        switch (Log)
        {
            case "access":
                var access = await audit.SearchAccessLogAsync(Search, page, ct);
                Columns = ["Audit.When", "UserName", "Audit.SubjectType", "Audit.SubjectId", "Audit.Purpose"];
                Rows = [.. access.Items.Select(r => (IReadOnlyList<string>)[Local(r.OccurredAt), r.UserName, r.SubjectType, r.SubjectId, r.Purpose])];
                (Total, PageCount) = (access.Total, access.PageCount);
                break;
            case "grants":
                var grants = await audit.RoleGrantsAsync(page, ct);
                Columns = ["Audit.When", "UserName", "Roles.Role", "Audit.Change", "Audit.By"];
                Rows = [.. grants.Items.Select(r => (IReadOnlyList<string>)[Local(r.OccurredAt), r.UserName, r.Role, r.Granted ? "+" : "−", r.ByUserName])];
                (Total, PageCount) = (grants.Total, grants.PageCount);
                break;
            default:
                Log = "events";
                var events = await audit.SearchEventsAsync(Search, page, ct);
                Columns = ["Audit.When", "UserName", "Audit.EntityType", "Audit.EntityId", "Audit.Action", "Audit.Fields"];
                Rows = [.. events.Items.Select(r => (IReadOnlyList<string>)[Local(r.OccurredAt), r.UserName, r.EntityType, r.EntityId, r.Action, r.ChangedFields])];
                (Total, PageCount) = (events.Total, events.PageCount);
                break;
        }
    }

    public string PageUrl(int page) =>
        QueryHelpers.AddQueryString("/Admin/Audit", Filters().Append(new("log", Log)).Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private List<KeyValuePair<string, string?>> Filters()
    {
        var filters = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                filters.Add(new(key, value));
            }
        }

        Add("EntityType", Search.EntityType);
        Add("UserName", Search.UserName);
        Add("From", Search.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("To", Search.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return filters;
    }

    private static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), KoreaTime).ToString("g");

    private static readonly TimeZoneInfo KoreaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
}
