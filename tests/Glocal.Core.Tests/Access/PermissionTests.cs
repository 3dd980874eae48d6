using Glocal.Core.Access;

namespace Glocal.Core.Tests.Access;

public class PermissionTests
{
    [Fact]
    public void TryParse_EveryCataloguedName_RoundTrips()
    {
        foreach (var permission in Permissions.All)
        {
            Permission.TryParse(permission.Name, out var parsed).ShouldBeTrue(permission.Name);
            parsed.ShouldBe(permission);
        }
    }

    [Theory]
    [InlineData("residents")]
    [InlineData("residents.fly")]
    [InlineData("spaceships.read")]
    [InlineData(".read")]
    public void TryParse_Unknown_Fails(string name) => Permission.TryParse(name, out _).ShouldBeFalse();

    [Fact]
    public void Constants_AreAllInTheCatalogue()
    {
        var constants = typeof(Permissions).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        foreach (var name in constants)
        {
            Permissions.AllNames.ShouldContain(name);
        }
    }

    [Fact]
    public void Catalogue_IsEveryResourceTimesEveryAction() =>
        Permissions.All.Count.ShouldBe(Enum.GetValues<Resource>().Length * Enum.GetValues<PermissionAction>().Length);
}
