using Glocal.Core.Access;
using Glocal.Core.Data;
using Glocal.Core.Residents;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Demo;

public sealed record DemoAccount(string UserName, string Password, string Role, string MunicipalityCode);

/// <summary>
/// Demo data for Ansan and its peers (each module adds its own through IDemoModuleSeeder): staff
/// accounts for every role in Ansan and in Siheung, a few clearly fictional clients.
/// </summary>
public sealed class DemoSeeder(
    GlocalDbContext db,
    RoleSetup roles,
    UserAccountService accounts,
    ClientService clients,
    TenantContext tenant,
    RegistryLoader registry,
    IEnumerable<IDemoModuleSeeder> modules)
{
    public const string DemoPassword = "glocal-demo-2026";
    public const string AnsanCode = "41270";
    public const string SiheungCode = "41390";

    /// <summary>Ansan and the peers the study compares it with; Guro-gu (Seoul) is the other large inward hub.</summary>
    public static readonly IReadOnlyList<string> DemoMunicipalityCodes = [AnsanCode, SiheungCode, "41590", "41110", "41190", "11530"];

    private static readonly (string Prefix, string Role)[] RoleAccounts =
    [
        ("admin", RoleTemplates.MunicipalAdmin),
        ("planner", RoleTemplates.PolicyPlanner),
        ("exchange", RoleTemplates.ExchangeOfficer),
        ("investment", RoleTemplates.InvestmentOfficer),
        ("counsellor", RoleTemplates.Counsellor),
        ("lead", RoleTemplates.CounsellingLead),
        ("viewer", RoleTemplates.Viewer),
        ("ngo", RoleTemplates.NgoPartner),
    ];

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("platform.admin", DemoPassword, RoleTemplates.PlatformAdmin, AnsanCode),
        .. RoleAccounts.Select(r => new DemoAccount($"ansan.{r.Prefix}", DemoPassword, r.Role, AnsanCode)),
        .. RoleAccounts.Select(r => new DemoAccount($"siheung.{r.Prefix}", DemoPassword, r.Role, SiheungCode)),
    ];

    /// <returns>false when the database already has accounts, so a real installation is never touched.</returns>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct)
    {
        tenant.ActAsSystem("demo-seed");
        await registry.LoadIfEmptyAsync(ct);
        await roles.EnsureRolesAsync();
        if (await db.Users.AnyAsync(ct))
        {
            return false;
        }

        var ids = await db.Municipalities.Where(m => DemoMunicipalityCodes.Contains(m.Code) && m.ValidTo == null)
            .ToDictionaryAsync(m => m.Code, m => m.Id, ct);
        foreach (var account in Accounts)
        {
            await accounts.CreateAsync(new CreateUserRequest(account.UserName, DisplayNameOf(account), account.MunicipalityCode, account.Password, [account.Role]), ct);
        }

        tenant.ActAsSystem("demo-seed", ids[AnsanCode]);
        foreach (var request in FictionalClients)
        {
            await clients.RegisterAsync(request, ct);
        }

        foreach (var module in modules)
        {
            foreach (var (code, id) in ids)
            {
                tenant.ActAsSystem("demo-seed", id);
                await module.SeedAsync(code, ct);
            }
        }

        return true;
    }

    private static string DisplayNameOf(DemoAccount account) =>
        $"{(account.MunicipalityCode == AnsanCode ? "안산" : "시흥")} {RoleNamesKo[account.Role]}";

    private static readonly Dictionary<string, string> RoleNamesKo = new(StringComparer.Ordinal)
    {
        [RoleTemplates.PlatformAdmin] = "플랫폼 관리자",
        [RoleTemplates.MunicipalAdmin] = "지자체 관리자",
        [RoleTemplates.PolicyPlanner] = "정책기획 담당",
        [RoleTemplates.ExchangeOfficer] = "국제교류 담당",
        [RoleTemplates.InvestmentOfficer] = "투자유치 담당",
        [RoleTemplates.Counsellor] = "외국인 상담원",
        [RoleTemplates.CounsellingLead] = "상담팀장",
        [RoleTemplates.Viewer] = "열람자",
        [RoleTemplates.NgoPartner] = "NGO 협력기관",
    };

    /// <summary>Invented people: names and numbers belong to no one.</summary>
    private static readonly RegisterClientRequest[] FictionalClients =
    [
        new("Nguyen Thi Demo", "VN", "vi ko", "9001012000001", null, "E-9", "원곡동"),
        new("Rustam Demo-ov", "UZ", "uz ru", "8805051000002", null, "H-2", "선부동"),
        new("Wang Demo", "CN", "zh ko", null, "EJ1234567", "F-4", "원곡동"),
        new("Somchai Demo", "TH", "th", null, null, "E-9", "초지동"),
    ];
}
