using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.TestCommon.Fuzzing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Api.Tests.Fuzzing;

/// <summary>Reads the Api's own OpenAPI document and sends every operation hostile values: each path and query
/// parameter in turn, each property of a JSON body built from its schema in turn, and whole bodies that are not
/// the expected JSON, each with or without a valid API key (chosen by a seeded random, so a failure reproduces).
/// No answer may be a 5xx, and every 4xx is problem details (Open311's own error list is accepted on its routes).</summary>
public class OpenApiFuzzTests(OpenApiFuzzTests.Host factory) : IClassFixture<OpenApiFuzzTests.Host>
{
    /// <summary>The Api as <c>./cchc up</c> runs it, its logs kept for the report.</summary>
    public sealed class Host : DevelopmentApiFactory
    {
        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }

    private const int Seed = 13;
    private const string Placeholder = "__hostile__";
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];
    private static readonly string[] Open311FormFields =
        ["service_code", "description", "address_id", "address_string", "first_name", "last_name", "phone", "email", "api_key"];

    [Fact]
    public async Task EveryOperation_HostileValues_NeverAnswer5xxAndAnswer4xxAsProblemDetails()
    {
        var random = new Random(Seed);
        var failures = new FuzzFailures(Seed);
        var anonymous = factory.CreateClient();
        var keyed = await KeyedClientAsync();
        var valid = await ValidPathValuesAsync();
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;

        foreach (var (template, operations) in root.GetProperty("paths").EnumerateObject().Select(p => (p.Name, p.Value)))
        {
            foreach (var method in Methods.Where(m => operations.TryGetProperty(m, out _)))
            {
                var operation = operations.GetProperty(method);
                var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
                var body = JsonBody(root, operation);
                Task SendAsync(string url, HttpContent? content) =>
                    SendAndCheckAsync(random.Next(2) == 0 ? anonymous : keyed, method, url, content, failures);
                string Url(string? target = null, string? escaped = null) => BuildUrl(template, parameters, valid, target, escaped);
                HttpContent? Content(string? json = null) => body is null ? null : new StringContent(json ?? body, Encoding.UTF8, "application/json");

                foreach (var parameter in parameters)
                {
                    var name = parameter.GetProperty("name").GetString()!;
                    // Kestrel itself refuses a NUL in the path (400) before any application code; the in-memory
                    // server throws instead, so such paths are not sent.
                    var inPath = parameter.GetProperty("in").GetString() == "path";
                    foreach (var value in HostileValues.Text.Select(Uri.EscapeDataString).Concat(HostileValues.RawEscaped)
                        .Where(v => !(inPath && v.Contains("%00", StringComparison.Ordinal))))
                    {
                        await SendAsync(Url(name, value), Content());
                    }
                }
                if (body is not null)
                {
                    foreach (var path in PropertyPaths(JsonNode.Parse(body)!))
                    {
                        foreach (var value in HostileValues.Json)
                        {
                            await SendAsync(Url(), Content(WithPlaceholder(body, path).Replace($"\"{Placeholder}\"", value)));
                        }
                    }
                }
                if (method != "get")
                {
                    foreach (var (contentType, bytes) in HostileValues.Bodies)
                    {
                        var content = new ByteArrayContent(bytes);
                        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                        await SendAsync(Url(), content);
                    }
                    if (template.StartsWith("/open311/", StringComparison.Ordinal))
                    {
                        foreach (var field in Open311FormFields)
                        {
                            foreach (var value in HostileValues.Text.Select(Uri.EscapeDataString).Concat(HostileValues.RawEscaped))
                            {
                                var form = string.Join('&', Open311FormFields.Select(f => $"{f}={(f == field ? value : Open311Valid(f))}"));
                                await SendAsync(Url(), new StringContent(form, Encoding.ASCII, "application/x-www-form-urlencoded"));
                            }
                        }
                    }
                }
            }
        }

        Assert.True(failures.Requests > 1000, $"Only {failures.Requests} requests: did the OpenAPI document lose its operations?");
        failures.AssertNone(factory.Logs.Lines);
    }

    private static async Task SendAndCheckAsync(HttpClient client, string method, string url, HttpContent? content, FuzzFailures failures)
    {
        var sent = content is null ? "" : await content.ReadAsStringAsync();
        var description = $"{method.ToUpperInvariant()} {FuzzFailures.Preview(url)} {content?.Headers.ContentType} {FuzzFailures.Preview(sent)}" +
            (client.DefaultRequestHeaders.Authorization is null ? "" : " (with an API key)");
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = content };
        failures.Count();
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The in-memory server rethrows what no middleware handled: that is a 500 to a real client.
            using var failed = new HttpResponseMessage(System.Net.HttpStatusCode.InternalServerError);
            failures.Add(description, failed, exception.ToString(), "unhandled exception");
            return;
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500)
            {
                failures.Add(description, response, body, "5xx");
            }
            else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json" && !IsOpen311Error(url, body))
            {
                failures.Add(description, response, body, "4xx without problem details");
            }
        }
    }

    /// <summary>GeoReport v2's error format: a list of {code, description}, in JSON or XML.</summary>
    private static bool IsOpen311Error(string url, string body)
    {
        if (!url.StartsWith("/open311/", StringComparison.Ordinal))
        {
            return false;
        }
        if (body.StartsWith("<?xml", StringComparison.Ordinal) || body.StartsWith("<errors", StringComparison.Ordinal))
        {
            return body.Contains("<description>", StringComparison.Ordinal);
        }
        try
        {
            using var errors = JsonDocument.Parse(body);
            return errors.RootElement.ValueKind == JsonValueKind.Array
                && errors.RootElement.EnumerateArray().All(e => e.TryGetProperty("code", out _) && e.TryGetProperty("description", out _));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Open311Valid(string field) => field switch
    {
        "service_code" => "phan_anh",
        "description" => Uri.EscapeDataString("Cán bộ hẹn trả kết quả nhiều lần mà không nói lý do."),
        "address_id" => "TT_TINH",
        "first_name" => "An",
        "phone" => "0912345678",
        _ => "",
    };

    private async Task<HttpClient> KeyedClientAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiClientService>().CreateAsync("Thử nghiệm " + Guid.NewGuid(), StaffRoles.Manager, null, "test");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Key.ToString());
        return client;
    }

    /// <summary>Values that reach the operation's code when a path parameter is not the one being fuzzed.</summary>
    private async Task<Dictionary<string, string>> ValidPathValuesAsync()
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var token = await db.Touchpoints.Where(t => t.RevokedAt == null && t.CounterId != null).Select(t => t.Token).FirstAsync();
        return new() { ["token"] = token, ["format"] = "json", ["trackingCode"] = TrackingCode.New(), ["id"] = TrackingCode.New() };
    }

    private static string BuildUrl(string template, List<JsonElement> parameters, Dictionary<string, string> valid, string? target, string? escaped)
    {
        var url = new StringBuilder(template);
        var query = new List<string>();
        foreach (var parameter in parameters)
        {
            var name = parameter.GetProperty("name").GetString()!;
            var inPath = parameter.GetProperty("in").GetString() == "path";
            var value = name == target ? escaped! : inPath ? Uri.EscapeDataString(valid.GetValueOrDefault(name, "x")) : null;
            if (inPath)
            {
                url.Replace("{" + name + "}", value);
            }
            else if (value is not null)
            {
                query.Add($"{Uri.EscapeDataString(name)}={value}");
            }
        }
        return query.Count == 0 ? url.ToString() : $"{url}?{string.Join('&', query)}";
    }

    /// <summary>A plausible JSON body from the operation's schema, or null when it takes none.</summary>
    private static string? JsonBody(JsonElement root, JsonElement operation) =>
        operation.TryGetProperty("requestBody", out var body)
        && body.GetProperty("content").TryGetProperty("application/json", out var json)
            ? Example(root, json.GetProperty("schema"), depth: 0)?.ToJsonString()
            : null;

    private static JsonNode? Example(JsonElement root, JsonElement schema, int depth)
    {
        schema = Resolve(root, schema);
        if (depth > 4)
        {
            return null;
        }
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var choices))
            {
                return choices.EnumerateArray().Select(c => Example(root, c, depth + 1)).FirstOrDefault(e => e is not null);
            }
        }
        if (schema.TryGetProperty("enum", out var values))
        {
            return JsonNode.Parse(values.EnumerateArray().First(v => v.ValueKind != JsonValueKind.Null).GetRawText());
        }
        var type = TypeOf(schema);
        return type switch
        {
            "object" => new JsonObject(schema.TryGetProperty("properties", out var properties)
                ? properties.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Example(root, p.Value, depth + 1)))
                : []),
            "array" => new JsonArray(schema.TryGetProperty("items", out var items) ? Example(root, items, depth + 1) : null),
            "integer" or "number" => JsonValue.Create(1),
            "boolean" => JsonValue.Create(true),
            "string" => JsonValue.Create(schema.TryGetProperty("format", out var format) && format.GetString() == "uuid" ? Guid.NewGuid().ToString() : "abc"),
            _ => null,
        };
    }

    private static JsonElement Resolve(JsonElement root, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            schema = reference.GetString()!.TrimStart('#', '/').Split('/').Aggregate(root, (node, part) => node.GetProperty(part));
        }
        return schema;
    }

    private static string? TypeOf(JsonElement schema) => !schema.TryGetProperty("type", out var type) ? (schema.TryGetProperty("properties", out _) ? "object" : null)
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
        : type.GetString();

    /// <summary>Every property of the body, nested ones as paths ("contact", "contact/name").</summary>
    private static IEnumerable<string[]> PropertyPaths(JsonNode node, string[]? prefix = null)
    {
        if (node is not JsonObject properties)
        {
            yield break;
        }
        foreach (var (name, value) in properties)
        {
            string[] path = [.. prefix ?? [], name];
            yield return path;
            if (value is not null)
            {
                foreach (var nested in PropertyPaths(value, path))
                {
                    yield return nested;
                }
            }
        }
    }

    private static string WithPlaceholder(string body, string[] path)
    {
        var node = JsonNode.Parse(body)!;
        var parent = path[..^1].Aggregate(node, (current, name) => current[name]!);
        parent[path[^1]] = Placeholder;
        return node.ToJsonString();
    }
}
