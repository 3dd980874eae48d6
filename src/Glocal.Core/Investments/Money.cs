using System.Globalization;
using System.Text.Json.Serialization;
using Glocal.Core.Shared;

namespace Glocal.Core.Investments;

/// <summary>The currencies investment money is recorded in. KRW's minor unit is the won, USD's the cent.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Currency>))]
public enum Currency
{
    KRW,
    USD,
}

/// <summary>
/// An exact amount in a currency's minor units (won, cents). All arithmetic is on 64-bit integers and fails
/// loudly on overflow; there is no binary floating point anywhere, so 0.10 + 0.20 is 0.30 and sums are
/// reproducible to the won.
/// </summary>
public readonly record struct Money(long Minor, Currency Currency)
{
    public static Money Krw(long won) => new(won, Currency.KRW);

    public static Money Usd(long cents) => new(cents, Currency.USD);

    public static Money Zero(Currency currency) => new(0, currency);

    /// <summary>Digits after the decimal point in the currency's written form (ISO 4217 minor unit).</summary>
    public static int DecimalsOf(Currency currency) => currency switch
    {
        Currency.KRW => 0,
        Currency.USD => 2,
    };

    public Money Add(Money other)
    {
        SameCurrency(other);
        return new Money(checked(Minor + other.Minor), Currency);
    }

    public Money Subtract(Money other)
    {
        SameCurrency(other);
        return new Money(checked(Minor - other.Minor), Currency);
    }

    public static Money operator +(Money a, Money b) => a.Add(b);

    public static Money operator -(Money a, Money b) => a.Subtract(b);

    /// <summary>
    /// This amount in won. USD is converted at <paramref name="rate"/>, rounded half away from zero to the
    /// won; the product is formed in 128 bits so large amounts cannot overflow midway.
    /// </summary>
    public long ToKrw(ExchangeRate? rate)
    {
        if (Currency == Currency.KRW)
        {
            return Minor;
        }

        if (rate is not { } r)
        {
            throw new BusinessRuleException("exchange_rate_required", "A USD amount needs an exchange rate and its date.");
        }

        // cents × (won per dollar × 10⁴) / (100 × 10⁴) = won
        var numerator = (Int128)Minor * r.KrwPerUsdScaled;
        const long denominator = 100 * ExchangeRate.Scale;
        var quotient = Int128.DivRem(numerator, denominator);
        var won = quotient.Quotient;
        if (Int128.Abs(quotient.Remainder) * 2 >= denominator)
        {
            won += Int128.Sign(numerator);
        }

        return checked((long)won);
    }

    /// <summary>Written form with group separators and the currency's decimals, e.g. "1,234.50 USD".</summary>
    public override string ToString() => $"{FormatAmount(Minor, Currency)} {Currency}";

    public static string FormatAmount(long minor, Currency currency)
    {
        var decimals = DecimalsOf(currency);
        if (decimals == 0)
        {
            return minor.ToString("N0", CultureInfo.InvariantCulture);
        }

        long unit = 1;
        for (var i = 0; i < decimals; i++)
        {
            unit *= 10;
        }

        var whole = Math.Abs(minor / unit);
        var fraction = Math.Abs(minor % unit);
        var sign = minor < 0 ? "-" : "";
        return $"{sign}{whole.ToString("N0", CultureInfo.InvariantCulture)}.{fraction.ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0')}";
    }

    /// <summary>
    /// Reads "1,234.56" (group commas optional) into minor units without floating point. More decimals than
    /// the currency has is an error rather than a silent rounding.
    /// </summary>
    public static Money Parse(string text, Currency currency)
    {
        if (!TryParseMinor(text, DecimalsOf(currency), out var minor))
        {
            throw new BusinessRuleException("money_format",
                $"'{text}' is not an amount in {currency} (digits, optional thousands commas, at most {DecimalsOf(currency)} decimals).");
        }

        return new Money(minor, currency);
    }

    /// <summary>Parses a non-negative or negative decimal string into an integer scaled by 10^<paramref name="decimals"/>.</summary>
    public static bool TryParseMinor(string? text, int decimals, out long minor)
    {
        minor = 0;
        var s = (text ?? "").Trim().Replace(",", "", StringComparison.Ordinal);
        var negative = s.StartsWith('-');
        if (negative)
        {
            s = s[1..];
        }

        var dot = s.IndexOf('.', StringComparison.Ordinal);
        var wholePart = dot < 0 ? s : s[..dot];
        var fractionPart = dot < 0 ? "" : s[(dot + 1)..];
        if (wholePart.Length == 0 || fractionPart.Length > decimals || (dot >= 0 && fractionPart.Length == 0)
            || !wholePart.All(char.IsAsciiDigit) || !fractionPart.All(char.IsAsciiDigit))
        {
            return false;
        }

        try
        {
            long value = 0;
            foreach (var c in wholePart + fractionPart.PadRight(decimals, '0'))
            {
                value = checked((value * 10) + (c - '0'));
            }

            minor = negative ? -value : value;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private void SameCurrency(Money other)
    {
        if (other.Currency != Currency)
        {
            throw new BusinessRuleException("currency_mismatch", $"Cannot combine {Currency} and {other.Currency} without converting.");
        }
    }
}

/// <summary>
/// Won per US dollar on a date, held as an integer scaled by 10⁴ (1,385.25 → 13,852,500), so a rate read
/// from a bank table keeps its four decimals exactly.
/// </summary>
public readonly record struct ExchangeRate(long KrwPerUsdScaled, DateOnly On)
{
    public const long Scale = 10_000;

    public static ExchangeRate Parse(string text, DateOnly on) =>
        Money.TryParseMinor(text, 4, out var scaled) && scaled > 0
            ? new ExchangeRate(scaled, on)
            : throw new BusinessRuleException("exchange_rate_format", $"'{text}' is not a positive won-per-dollar rate with at most four decimals.");

    public override string ToString() => $"{Format()} KRW/USD ({On:yyyy-MM-dd})";

    /// <summary>The rate as written, e.g. "1,385.25".</summary>
    public string Format()
    {
        var whole = KrwPerUsdScaled / Scale;
        var fraction = (KrwPerUsdScaled % Scale).ToString(CultureInfo.InvariantCulture).PadLeft(4, '0').TrimEnd('0');
        return whole.ToString("N0", CultureInfo.InvariantCulture) + (fraction.Length > 0 ? "." + fraction : "");
    }
}
