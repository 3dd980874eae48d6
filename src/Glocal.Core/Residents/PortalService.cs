using Glocal.Core.Data;
using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Residents;

/// <summary>
/// What the public portal reads and the one thing it writes (a consultation request). The caller has already
/// set the tenant context to the portal's municipality, so every query is scoped by the tenant filter.
/// </summary>
public sealed class PortalService(GlocalDbContext db, CaseService cases)
{
    public async Task<List<PortalServiceEntry>> ServicesAsync(CancellationToken ct)
    {
        var rows = await db.ResidentServices.AsNoTracking().Where(s => s.Published).OrderBy(s => s.Kind).ThenBy(s => s.Name).ToListAsync(ct);
        return [.. rows.Select(s => new PortalServiceEntry(s.Id, s.Kind, s.Name, s.Address, s.Hours, s.Phone, s.Languages.Split(' ', StringSplitOptions.RemoveEmptyEntries)))];
    }

    /// <summary>
    /// The latest notices in the reader's language. Only the one translation asked for is read: the home page
    /// shows three, and loading every language's text of fifty notices made it the portal's slowest page.
    /// </summary>
    public async Task<List<PortalNotice>> NoticesAsync(string language, CancellationToken ct, int take = 50)
    {
        var rows = await db.Notices.AsNoTracking().OrderByDescending(n => n.PublishedOn).ThenBy(n => n.Id).Take(take)
            .Select(n => new { Notice = n, Translation = n.Translations.FirstOrDefault(t => t.Language == language) })
            .ToListAsync(ct);
        return [.. rows.Select(r => InLanguage(r.Notice, r.Translation, language))];
    }

    public async Task<PortalNotice?> NoticeAsync(Guid id, string language, CancellationToken ct)
    {
        var notice = await db.Notices.AsNoTracking().Include(n => n.Translations).SingleOrDefaultAsync(n => n.Id == id, ct);
        return notice is null ? null : InLanguage(notice, notice.Translations.FirstOrDefault(t => t.Language == language), language);
    }

    private static PortalNotice InLanguage(Notice notice, NoticeTranslation? translation, string language)
    {
        translation = language == PortalLanguages.Source ? null : translation;
        return translation is null
            ? new PortalNotice(notice.Id, notice.Title, notice.Body, notice.PublishedOn, PortalLanguages.Source, null)
            : new PortalNotice(notice.Id, translation.Title, translation.Body, notice.PublishedOn, language, translation.EffectiveStatus(notice.SourceRevision));
    }

    /// <summary>Creates a New case in the municipality's queue and returns only its reference number.</summary>
    public async Task<string> SubmitAsync(PortalRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrWhiteSpace(request.Contact) || string.IsNullOrWhiteSpace(request.Message)
            || request.Name.Length > PortalRequest.NameMax || request.Contact.Length > PortalRequest.ContactMax || request.Message.Length > PortalRequest.MessageMax)
        {
            throw new BusinessRuleException("portal_request_invalid", "Name, contact and message are required and limited in length.", 400);
        }

        var language = PortalLanguages.Match(request.Language) ?? PortalLanguages.Source;
        var @case = cases.NewPortalCase(request.Category, language, request.Name, request.Contact, request.Message);
        db.ConsultationCases.Add(@case);
        await db.SaveChangesAsync(ct);
        return @case.ReferenceNumber;
    }
}
