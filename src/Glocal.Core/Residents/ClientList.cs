using System.ComponentModel.DataAnnotations;
using Glocal.Core.Data;
using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Residents;

/// <summary>Filters of the client list; none reveals or matches personal data.</summary>
public sealed record ClientListRequest(
    [property: RegularExpression("^[A-Z]{2}$")] string? Nationality = null,
    [property: StringLength(20)] string? Language = null,
    [property: StringLength(8)] string? StayStatus = null,
    [property: RegularExpression("^-?(created|nationality|status)$")] string? Sort = null);

/// <summary>The client list without personal data.</summary>
public static class ClientList
{
    public static async Task<Page<ClientSummary>> PageAsync(GlocalDbContext db, ClientListRequest filter, PageRequest page, CancellationToken ct)
    {
        var query = db.Clients.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Nationality))
        {
            query = query.Where(c => c.Nationality == filter.Nationality);
        }

        if (!string.IsNullOrWhiteSpace(filter.StayStatus))
        {
            query = query.Where(c => c.StayStatus == filter.StayStatus);
        }

        if (!string.IsNullOrWhiteSpace(filter.Language))
        {
            // Languages are space-separated tags; match a whole tag at either end or in the middle.
            var tag = filter.Language.Trim();
            query = query.Where(c => c.Languages == tag || c.Languages.StartsWith(tag + " ") || c.Languages.EndsWith(" " + tag) || c.Languages.Contains(" " + tag + " "));
        }

        query = filter.Sort switch
        {
            "created" => query.OrderBy(c => c.CreatedAt),
            "nationality" => query.OrderBy(c => c.Nationality).ThenByDescending(c => c.CreatedAt),
            "-nationality" => query.OrderByDescending(c => c.Nationality).ThenByDescending(c => c.CreatedAt),
            "status" => query.OrderBy(c => c.StayStatus).ThenByDescending(c => c.CreatedAt),
            "-status" => query.OrderByDescending(c => c.StayStatus).ThenByDescending(c => c.CreatedAt),
            _ => query.OrderByDescending(c => c.CreatedAt),
        };
        var total = await query.CountAsync(ct);
        var items = await query.Skip(page.Skip).Take(page.PageSize)
            .Select(c => new ClientSummary(c.Id, c.Nationality, c.StayStatus, c.Languages, c.District, c.CreatedAt)).ToListAsync(ct);
        return new Page<ClientSummary>(items, page.Page, page.PageSize, total);
    }
}
