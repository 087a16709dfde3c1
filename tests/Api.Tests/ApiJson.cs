using System.Text.Json;
using System.Text.Json.Serialization;

namespace CchcFeedback.Api.Tests;

/// <summary>Reads the Api's JSON as an integrator would: camelCase names, snake_case enum words.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
