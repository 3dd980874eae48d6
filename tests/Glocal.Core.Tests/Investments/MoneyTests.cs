using CsCheck;
using Glocal.Core.Investments;
using Glocal.Core.Shared;

namespace Glocal.Core.Tests.Investments;

public class MoneyTests
{
    [Fact]
    public void Add_DecimalDollars_IsExact()
    {
        var sum = Money.Parse("0.10", Currency.USD) + Money.Parse("0.20", Currency.USD);
        sum.ShouldBe(Money.Usd(30));
        sum.ToString().ShouldBe("0.30 USD");
    }

    [Fact]
    public void Add_DifferentCurrencies_IsRefused()
    {
        Should.Throw<BusinessRuleException>(() => Money.Krw(1_000) + Money.Usd(1_00)).Code.ShouldBe("currency_mismatch");
    }

    [Fact]
    public void Add_Overflow_FailsInsteadOfWrapping()
    {
        Should.Throw<OverflowException>(() => Money.Krw(long.MaxValue) + Money.Krw(1));
    }

    [Theory]
    [InlineData("12,345.67", 1_234_567L)]
    [InlineData("12345.6", 1_234_560L)]
    [InlineData("0.05", 5L)]
    [InlineData("7", 700L)]
    [InlineData("-3.50", -350L)]
    public void Parse_Usd_ReadsCents(string text, long cents) => Money.Parse(text, Currency.USD).Minor.ShouldBe(cents);

    [Theory]
    [InlineData("1.234", Currency.USD)]
    [InlineData("12.5", Currency.KRW)]
    [InlineData("1e6", Currency.KRW)]
    [InlineData("", Currency.KRW)]
    [InlineData("12.", Currency.USD)]
    [InlineData("99999999999999999999", Currency.KRW)]
    public void Parse_NotAnExactAmount_IsRefused(string text, Currency currency) =>
        Should.Throw<BusinessRuleException>(() => Money.Parse(text, currency)).Code.ShouldBe("money_format");

    [Fact]
    public void ToKrw_Usd_UsesRecordedRateAndRoundsToTheWon()
    {
        // 12,345.67 USD × 1,385.25 = 17,101,839.3675 won → 17,101,839
        var rate = ExchangeRate.Parse("1,385.25", new DateOnly(2025, 3, 28));
        Money.Parse("12,345.67", Currency.USD).ToKrw(rate).ShouldBe(17_101_839L);
    }

    [Theory]
    [InlineData(1L, "1385.5", 14L)]   // 13.855 → 14 (half away from zero)
    [InlineData(-1L, "1385.5", -14L)] // symmetric for corrections
    [InlineData(1L, "1350", 14L)]     // 13.5 → 14
    [InlineData(1L, "1349.99", 13L)]  // 13.4999 → 13
    public void ToKrw_HalfWon_RoundsHalfAwayFromZero(long cents, string rate, long won) =>
        Money.Usd(cents).ToKrw(ExchangeRate.Parse(rate, new DateOnly(2025, 1, 2))).ShouldBe(won);

    [Fact]
    public void ToKrw_LargeAmount_DoesNotOverflowMidway()
    {
        // 50 billion dollars at 1,450.1234: the intermediate product exceeds 64 bits.
        var rate = ExchangeRate.Parse("1450.1234", new DateOnly(2025, 1, 2));
        Money.Usd(50_000_000_000_00).ToKrw(rate).ShouldBe(72_506_170_000_000L);
    }

    [Fact]
    public void ToKrw_UsdWithoutRate_IsRefused() =>
        Should.Throw<BusinessRuleException>(() => Money.Usd(100).ToKrw(null)).Code.ShouldBe("exchange_rate_required");

    [Fact]
    public void ToKrw_Krw_IsItself() => Money.Krw(35_000_000_000).ToKrw(null).ShouldBe(35_000_000_000L);

    [Fact]
    public void ExchangeRate_KeepsFourDecimalsExactly()
    {
        var rate = ExchangeRate.Parse("1,385.2501", new DateOnly(2025, 3, 28));
        rate.KrwPerUsdScaled.ShouldBe(13_852_501L);
        rate.Format().ShouldBe("1,385.2501");
        Should.Throw<BusinessRuleException>(() => ExchangeRate.Parse("0", new DateOnly(2025, 3, 28))).Code.ShouldBe("exchange_rate_format");
    }

    [Theory]
    [InlineData(7L, 20L, "35.0%")]
    [InlineData(2L, 3L, "66.7%")]
    [InlineData(1L, 3L, "33.3%")]
    [InlineData(1L, 2000L, "0.1%")]  // 0.05% rounds half up
    [InlineData(0L, 5L, "0.0%")]
    [InlineData(5L, 0L, "–")]
    public void Ratio_Percent_RoundsHalfUpOnIntegers(long numerator, long denominator, string percent) =>
        new Ratio(numerator, denominator).Percent.ShouldBe(percent);
}

public class MoneyPropertyTests
{
    [Fact]
    public void FormatThenParse_RoundTripsEveryAmount() =>
        Gen.Select(Gen.Long[-1_000_000_000_000_000L, 1_000_000_000_000_000L], Gen.Enum<Currency>()).Sample((minor, currency) =>
            Money.Parse(Money.FormatAmount(minor, currency), currency).Minor == minor);

    [Fact]
    public void ToKrw_IsWithinHalfAWonOfTheExactProduct() =>
        Gen.Select(Gen.Long[0, 100_000_000_000_00L], Gen.Long[5_000_000, 20_000_000]).Sample((cents, rate) =>
        {
            var won = Money.Usd(cents).ToKrw(new ExchangeRate(rate, new DateOnly(2025, 1, 1)));
            var exact = (System.Numerics.BigInteger)cents * rate; // in units of 10⁻⁶ won
            var diff = System.Numerics.BigInteger.Abs((System.Numerics.BigInteger)won * 1_000_000 - exact);
            return diff <= 500_000;
        });
}
