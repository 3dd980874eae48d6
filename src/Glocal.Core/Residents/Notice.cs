using System.Text.Json.Serialization;
using Glocal.Core.Tenancy;

namespace Glocal.Core.Residents;

/// <summary>How a translation came to be. "Outdated" is not stored: it is computed when the source moved on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TranslationStatus>))]
public enum TranslationStatus
{
    /// <summary>Translated by staff from the current source, not yet reviewed.</summary>
    Current,

    /// <summary>The source changed after this translation was made.</summary>
    Outdated,

    /// <summary>Produced by machine translation, not checked by a person.</summary>
    Machine,

    /// <summary>Checked by a second, fluent person.</summary>
    Reviewed,
}

/// <summary>A public notice, written in Korean; its translations follow the source's revision number.</summary>
public sealed class Notice : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public DateOnly PublishedOn { get; set; }

    /// <summary>Goes up each time the Korean source changes; translations made from an older one are outdated.</summary>
    public int SourceRevision { get; set; } = 1;

    public DateTime UpdatedAt { get; set; }

    public List<NoticeTranslation> Translations { get; } = [];

    public void ReviseSource(string title, string body, DateTime at)
    {
        if (title == Title && body == Body)
        {
            return;
        }

        Title = title;
        Body = body;
        SourceRevision++;
        UpdatedAt = at;
    }
}

public sealed class NoticeTranslation : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid NoticeId { get; set; }

    /// <summary>One of <see cref="PortalLanguages.All"/>, never Korean (the source).</summary>
    public required string Language { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>Current, Machine or Reviewed as recorded; see <see cref="EffectiveStatus"/>.</summary>
    public TranslationStatus Status { get; set; }

    public int SourceRevision { get; set; }

    public TranslationStatus EffectiveStatus(int currentSourceRevision) =>
        SourceRevision < currentSourceRevision ? TranslationStatus.Outdated : Status;
}
