using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace CchcFeedback.Api.Infrastructure;

public static class JsonSetup
{
    /// <summary>Vietnamese letters are written as themselves rather than as \u escapes, so integrators and
    /// people reading a response see the names as they are; HTML-sensitive characters stay escaped.</summary>
    public static IServiceCollection AddApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower));
        });
}
