using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CchcFeedback.Api.Infrastructure;

/// <summary>Describes the API-key scheme in the OpenAPI document and marks the operations that require it.</summary>
public sealed class OpenApiSecuritySchemes : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string SchemeName = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "cchc_{keyId}_{secret}",
            Description = $"An API key created by an Admin (page Admin › Khóa API, or ./cchc create-api-client). Send it as `Authorization: Bearer <key>` or in the `{ApiKeyAuthenticationHandler.HeaderName}` header.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [],
            });
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Missing, invalid or revoked API key" });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The key's role or department does not allow this" });
        }
        return Task.CompletedTask;
    }
}
