using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Exchanges;

/// <summary>Settings of the exchange module, section <c>Exchanges</c>.</summary>
public sealed class ExchangeOptions
{
    public const string Section = "Exchanges";

    /// <summary>A relationship is dormant after this many months without a substantive activity.</summary>
    [Range(1, 120)]
    public int DormancyMonths { get; set; } = 12;
}
