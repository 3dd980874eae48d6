using CsCheck;
using Glocal.Core.Tenancy;

namespace Glocal.Core.Tests.Tenancy;

public class KoreanRomanizerTests
{
    [Theory]
    [InlineData("안산시", "Ansan-si")]
    [InlineData("종로구", "Jongno-gu")]
    [InlineData("동래구", "Dongnae-gu")]
    [InlineData("울릉군", "Ulleung-gun")]
    [InlineData("의정부시", "Uijeongbu-si")]
    [InlineData("미추홀구", "Michuhol-gu")]
    [InlineData("안산시 단원구", "Ansan-si Danwon-gu")]
    [InlineData("중구", "Jung-gu")]
    [InlineData("광명시", "Gwangmyeong-si")]
    [InlineData("신라", "Silla")]
    [InlineData("백령", "Baengnyeong")]
    [InlineData("합천군", "Hapcheon-gun")]
    public void RomanizePlaceName_OfficialExamples_FollowRevisedRomanization(string hangul, string expected) =>
        KoreanRomanizer.RomanizePlaceName(hangul).ShouldBe(expected);

    [Fact]
    public void Romanize_AnyHangulText_GivesPlainAsciiLetters()
    {
        Gen.Char['가', '힣'].Array[1, 12].Select(chars => new string(chars))
            .Sample(text => KoreanRomanizer.Romanize(text).All(c => c is >= 'a' and <= 'z').ShouldBeTrue(text));
    }

    [Fact]
    public void Romanize_NonHangul_PassesThrough() => KoreanRomanizer.Romanize("E-9 비자").ShouldBe("E-9 bija");
}
