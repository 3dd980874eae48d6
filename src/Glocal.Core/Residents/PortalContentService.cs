using Glocal.Core.Data;
using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Residents;

/// <summary>Staff maintain the portal's service directory and notices (with their translations) here.</summary>
public sealed class PortalContentService(GlocalDbContext db, TimeProvider clock)
{
    public Task<List<ServiceView>> ServicesAsync(CancellationToken ct) =>
        db.ResidentServices.AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.Name)
            .Select(s => new ServiceView(s.Id, s.Kind, s.Name, s.Address, s.Hours, s.Phone, s.Languages, s.Published)).ToListAsync(ct);

    public async Task<ServiceView> ServiceAsync(Guid id, CancellationToken ct)
    {
        var s = await db.ResidentServices.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException(nameof(ResidentService), id);
        return new ServiceView(s.Id, s.Kind, s.Name, s.Address, s.Hours, s.Phone, s.Languages, s.Published);
    }

    public async Task<Guid> SaveServiceAsync(Guid? id, SaveServiceRequest request, CancellationToken ct)
    {
        var service = id is null
            ? db.ResidentServices.Add(new ResidentService { Id = Guid.CreateVersion7(), Name = "", Address = "", Hours = "", Languages = "" }).Entity
            : await db.ResidentServices.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException(nameof(ResidentService), id);
        service.Kind = request.Kind;
        service.Name = request.Name.Trim();
        service.Address = request.Address.Trim();
        service.Hours = request.Hours.Trim();
        service.Phone = request.Phone?.Trim();
        service.Languages = request.Languages.Trim();
        service.Published = request.Published;
        await db.SaveChangesAsync(ct);
        return service.Id;
    }

    public async Task<List<NoticeView>> NoticesAsync(CancellationToken ct)
    {
        var notices = await db.Notices.AsNoTracking().Include(n => n.Translations).OrderByDescending(n => n.PublishedOn).ToListAsync(ct);
        return [.. notices.Select(View)];
    }

    public async Task<NoticeView> NoticeAsync(Guid id, CancellationToken ct) =>
        View(await db.Notices.AsNoTracking().Include(n => n.Translations).SingleOrDefaultAsync(n => n.Id == id, ct)
            ?? throw new NotFoundException(nameof(Notice), id));

    public async Task<Guid> CreateNoticeAsync(SaveNoticeRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var notice = new Notice
        {
            Id = Guid.CreateVersion7(), Title = request.Title.Trim(), Body = request.Body.Trim(),
            PublishedOn = request.PublishedOn ?? KoreaTime.Today(clock), UpdatedAt = now,
        };
        db.Notices.Add(notice);
        await db.SaveChangesAsync(ct);
        return notice.Id;
    }

    /// <summary>Changing the Korean text makes every existing translation outdated until it is redone.</summary>
    public async Task ReviseNoticeAsync(Guid id, SaveNoticeRequest request, CancellationToken ct)
    {
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException(nameof(Notice), id);
        notice.ReviseSource(request.Title.Trim(), request.Body.Trim(), clock.GetUtcNow().UtcDateTime);
        notice.PublishedOn = request.PublishedOn ?? notice.PublishedOn;
        await db.SaveChangesAsync(ct);
    }

    public async Task SaveTranslationAsync(Guid id, string language, SaveTranslationRequest request, CancellationToken ct)
    {
        var lang = PortalLanguages.Match(language);
        if (lang is null || lang == PortalLanguages.Source || !string.Equals(lang, language, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("translation_language", $"'{language}' is not a portal language; use one of {string.Join(", ", PortalLanguages.All.Skip(1))}.", 400);
        }

        if (request.Status == TranslationStatus.Outdated)
        {
            throw new BusinessRuleException("translation_status", "Outdated is computed from the source; record Current, Machine or Reviewed.", 400);
        }

        var notice = await db.Notices.Include(n => n.Translations).SingleOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException(nameof(Notice), id);
        var translation = notice.Translations.FirstOrDefault(t => t.Language == lang);
        if (translation is null)
        {
            translation = new NoticeTranslation { NoticeId = id, MunicipalityId = notice.MunicipalityId, Language = lang, Title = "", Body = "" };
            db.NoticeTranslations.Add(translation);
        }

        translation.Title = request.Title.Trim();
        translation.Body = request.Body.Trim();
        translation.Status = request.Status;
        translation.SourceRevision = notice.SourceRevision;
        await db.SaveChangesAsync(ct);
    }

    private static NoticeView View(Notice n) => new(n.Id, n.Title, n.Body, n.PublishedOn, n.SourceRevision,
        [.. n.Translations.OrderBy(t => PortalLanguagesIndex(t.Language)).Select(t => new TranslationView(t.Language, t.Title, t.Body, t.EffectiveStatus(n.SourceRevision), t.SourceRevision))]);

    private static int PortalLanguagesIndex(string language) => PortalLanguages.All.ToList().IndexOf(language);
}
