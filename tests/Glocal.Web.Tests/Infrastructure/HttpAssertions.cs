using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Glocal.Web.Tests.Infrastructure;

public static class HttpAssertions
{
    /// <summary>Asserts a ProblemDetails response with this status and stable code; returns the document.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(code, body);
        return problem;
    }

    public static async Task<T> ShouldBeOkAsync<T>(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        return JsonSerializer.Deserialize<T>(body, JsonSerializerOptions.Web) ?? throw new InvalidOperationException("Empty body");
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) => client.PostAsJsonAsync(url, body);
}
