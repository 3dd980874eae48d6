using Glocal.Core.Access;

namespace Glocal.Core.Tests.Access;

public class RoleTemplatesTests
{
    [Fact]
    public void PersonalData_IsReadableOnlyByCounsellorsAndThePlatformAdmin()
    {
        var readers = RoleTemplates.All.Where(r => RoleTemplates.PermissionsOf(r).Any(p => p.Action == PermissionAction.ReadPersonalData));
        readers.ShouldBe([RoleTemplates.PlatformAdmin, RoleTemplates.Counsellor, RoleTemplates.CounsellingLead], ignoreOrder: true);
    }

    [Theory]
    [InlineData(RoleTemplates.ExchangeOfficer, Resource.Exchanges)]
    [InlineData(RoleTemplates.InvestmentOfficer, Resource.Investments)]
    [InlineData(RoleTemplates.PolicyPlanner, Resource.Policies)]
    [InlineData(RoleTemplates.Counsellor, Resource.Residents)]
    public void Officers_WriteOnlyTheirOwnModule(string role, Resource own)
    {
        var writes = RoleTemplates.PermissionsOf(role).Where(p => p.Action is PermissionAction.Create or PermissionAction.Delete).Select(p => p.Resource).Distinct();
        writes.ShouldBe([own]);
    }

    [Fact]
    public void Viewer_CannotWriteAnything() =>
        RoleTemplates.PermissionsOf(RoleTemplates.Viewer).ShouldAllBe(p => p.Action == PermissionAction.Read);

    [Fact]
    public void EffectivePermissions_IsTheUnionOfRoles()
    {
        var union = RoleTemplates.EffectivePermissions([RoleTemplates.ExchangeOfficer, RoleTemplates.Counsellor]);
        union.ShouldContain(new Permission(Resource.Exchanges, PermissionAction.Create));
        union.ShouldContain(new Permission(Resource.Residents, PermissionAction.ReadPersonalData));
        union.ShouldNotContain(new Permission(Resource.Investments, PermissionAction.Create));
    }

    [Fact]
    public void TwoFactor_IsRequiredForAdminRolesOnly() =>
        RoleTemplates.All.Where(RoleTemplates.RequiresTwoFactor).ShouldBe([RoleTemplates.PlatformAdmin, RoleTemplates.MunicipalAdmin], ignoreOrder: true);
}
