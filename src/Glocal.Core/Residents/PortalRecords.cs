using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Residents;

/// <summary>A consultation request from the public portal. Limits are enforced again by <see cref="PortalService"/>.</summary>
public sealed record PortalRequest(CaseCategory Category, string Language, string Name, string Contact, string Message)
{
    public const int NameMax = 100;
    public const int ContactMax = 100;
    public const int MessageMax = 4000;
}

public sealed record PortalServiceEntry(Guid Id, ServiceKind Kind, string Name, string Address, string Hours, string? Phone, IReadOnlyList<string> Languages);

/// <summary>A notice as a visitor sees it: in their language when a translation exists, else the Korean source.</summary>
public sealed record PortalNotice(Guid Id, string Title, string Body, DateOnly PublishedOn, string Language, TranslationStatus? Status);

public sealed record SaveServiceRequest(
    ServiceKind Kind,
    [property: Required, StringLength(150, MinimumLength = 1)] string Name,
    [property: Required, StringLength(300, MinimumLength = 1)] string Address,
    [property: Required, StringLength(200, MinimumLength = 1)] string Hours,
    [property: RegularExpression(@"^[0-9+\- ()]{3,20}$", ErrorMessage = "A phone number has digits, spaces, + - ( ) only.")] string? Phone,
    [property: Required, RegularExpression("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*( [a-z]{2,3}(-[A-Za-z0-9]{2,8})*)*$", ErrorMessage = "Languages must be BCP 47 tags separated by spaces.")] string Languages,
    bool Published = true);

public sealed record ServiceView(Guid Id, ServiceKind Kind, string Name, string Address, string Hours, string? Phone, string Languages, bool Published);

public sealed record SaveNoticeRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string Title,
    [property: Required, StringLength(8000, MinimumLength = 1)] string Body,
    DateOnly? PublishedOn = null);

public sealed record SaveTranslationRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string Title,
    [property: Required, StringLength(8000, MinimumLength = 1)] string Body,
    TranslationStatus Status = TranslationStatus.Current);

public sealed record TranslationView(string Language, string Title, string Body, TranslationStatus Status, int SourceRevision);

public sealed record NoticeView(Guid Id, string Title, string Body, DateOnly PublishedOn, int SourceRevision, IReadOnlyList<TranslationView> Translations)
{
    /// <summary>Portal languages (besides Korean) with no translation at all.</summary>
    public IReadOnlyList<string> Missing => [.. PortalLanguages.All.Where(l => l != PortalLanguages.Source && Translations.All(t => t.Language != l))];
}
