using System.Net;
using Glocal.Core.Policies;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Policies;

/// <summary>Builds one of Ansan's programmes (with a policy and a KPI) for the platform sweeps.</summary>
public static class PolicyProbe
{
    public static async Task<ProgrammeDetails> ProgrammeAsync(GlocalAppFactory app)
    {
        var planner = await app.ApiClientAsync("ansan.planner");
        var policy = await (await planner.PostJsonAsync("/api/v1/policies", new CreatePolicyRequest("Tenant probe policy", 2030))).ShouldBeOkAsync<PolicySummary>(HttpStatusCode.Created);
        var programme = await (await planner.PostJsonAsync("/api/v1/policies/programmes", new SaveProgrammeRequest(
            policy.Id, "Tenant probe", Pillars.Residents, Orientation.Inward, ProgrammeMode.Recurring, "국제협력과", new DateOnly(2030, 1, 1))))
            .ShouldBeOkAsync<ProgrammeDetails>(HttpStatusCode.Created);
        await (await planner.PostJsonAsync($"/api/v1/policies/programmes/{programme.Id}/kpis", new AddKpiRequest("Probe KPI", "건", KpiKind.Output, KpiFrequency.Annual)))
            .ShouldBeOkAsync<KpiDetails>(HttpStatusCode.Created);
        return await (await planner.GetAsync($"/api/v1/policies/programmes/{programme.Id}")).ShouldBeOkAsync<ProgrammeDetails>();
    }
}
