using Glocal.Core.Shared;
using Glocal.Core.Tenancy;

namespace Glocal.Core.Tests.Tenancy;

public class RegionRegistryTests
{
    private static readonly IReadOnlyList<Municipality> Registry = RegistryLoader.ReadBuiltIn();

    private static IEnumerable<Municipality> ValidOn(DateOnly day) =>
        Registry.Where(m => m.ValidFrom <= day && (m.ValidTo is null || m.ValidTo >= day));

    [Fact]
    public void ReadBuiltIn_In2020_Has226LocalGovernmentsAnd17Provinces()
    {
        var day = new DateOnly(2020, 12, 31);
        ValidOn(day).Count(m => m.Kind == MunicipalityKind.LocalGovernment).ShouldBe(226);
        ValidOn(day).Count(m => m.Kind is MunicipalityKind.Province or MunicipalityKind.SingleTier).ShouldBe(17);
    }

    [Fact]
    public void ReadBuiltIn_Ansan_HasKoreanAndEnglishNames()
    {
        var ansan = Registry.Single(m => m.Code == "41270");
        (ansan.NameKo, ansan.NameEn, ansan.FullNameKo, ansan.ProvinceCode, ansan.Kind)
            .ShouldBe(("안산시", "Ansan-si", "경기도 안산시", "41", MunicipalityKind.LocalGovernment));
        ansan.ValidTo.ShouldBeNull();
    }

    [Fact]
    public void ReadBuiltIn_Gunwi_MovesToDaeguOnFirstJuly2023()
    {
        var before = Registry.Single(m => m.Code == "47720");
        var after = Registry.Single(m => m.Code == "27720");
        before.ValidTo.ShouldBe(new DateOnly(2023, 6, 30));
        after.ValidFrom.ShouldBe(new DateOnly(2023, 7, 1));
        after.FullNameKo.ShouldBe("대구광역시 군위군");
        ValidOn(new DateOnly(2024, 1, 1)).Count(m => m.NameKo == "군위군").ShouldBe(1);
    }

    [Fact]
    public void ReadBuiltIn_GangwonAndJeonbuk_AreRecodedWithNewProvinceNames()
    {
        Registry.Single(m => m.Code == "42110").ValidTo.ShouldBe(new DateOnly(2023, 6, 10));
        Registry.Single(m => m.Code == "51110").FullNameKo.ShouldBe("강원특별자치도 춘천시");
        Registry.Single(m => m.Code == "52000").NameKo.ShouldBe("전북특별자치도");
        ValidOn(new DateOnly(2025, 1, 1)).Count(m => m.Kind == MunicipalityKind.LocalGovernment).ShouldBe(226);
    }

    [Fact]
    public void Parse_DuplicateCode_NamesTheRow()
    {
        var csv = "code5,code10,full_name,sido,name,kind\n41270,4127000000,경기도 안산시,경기도,안산시,local_government\n41270,4127000000,경기도 안산시,경기도,안산시,local_government\n";
        var error = Should.Throw<BusinessRuleException>(() => RegionRegistry.Parse(new StringReader(csv)));
        error.Code.ShouldBe("registry_code_duplicate");
        error.Message.ShouldContain("Row 3");
    }

    [Theory]
    [InlineData("4127,x,a,경기도,안산시,local_government", "registry_code_invalid")]
    [InlineData("41270,x,a,경기도,안산시,county", "registry_kind_invalid")]
    public void Parse_BadRow_GivesCodeAndColumn(string row, string code)
    {
        var error = Should.Throw<BusinessRuleException>(() => RegionRegistry.Parse(new StringReader("code5,code10,full_name,sido,name,kind\n" + row + "\n")));
        error.Code.ShouldBe(code);
        error.Message.ShouldContain("Row 2, column");
    }

    [Fact]
    public void Parse_MissingColumn_IsRejected() =>
        Should.Throw<BusinessRuleException>(() => RegionRegistry.Parse(new StringReader("code5,name\n41270,안산시\n")))
            .Code.ShouldBe("registry_column_missing");
}
