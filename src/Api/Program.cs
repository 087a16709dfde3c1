using CchcFeedback.Api.ApiClients;
using CchcFeedback.Api.Assistant;
using CchcFeedback.Api.Catalog;
using CchcFeedback.Api.Channels;
using CchcFeedback.Api.Infrastructure;
using CchcFeedback.Api.Open311;
using CchcFeedback.Api.Petitions;
using CchcFeedback.Api.Statistics;
using CchcFeedback.Api.Surveys;
using CchcFeedback.Core;
using CchcFeedback.WebHosting.Health;
using CchcFeedback.WebHosting.Kiosks;
using CchcFeedback.WebHosting.Localization;
using CchcFeedback.WebHosting.Security;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCchcCore(builder.Configuration);
builder.Services.AddCchcHealthChecks();
builder.Services.AddCchcRateLimiting();
builder.Services.AddApiSecurity(builder.Configuration);
builder.Services.AddApiProblemDetails();
builder.Services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
builder.Services.AddApiBadRequests();
builder.Services.AddApiJson();
builder.Services.AddSharedText();
builder.Services.AddSingleton<ConversationRateLimiter>();
builder.Services.AddOpenApi(options => options
    .AddDocumentTransformer<OpenApiSecuritySchemes>()
    .AddOperationTransformer<OpenApiSecuritySchemes>());
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = ApiLimits.MaxRequestBodyBytes);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseHttpsWhenRequired();
app.UseSecurityHeaders(ApiLimits.ReferencePath);
app.UseApiBadRequests();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

app.MapOpenApi();
app.MapScalarApiReference(ApiLimits.ReferencePath);
app.MapCchcHealthEndpoints();
app.MapCatalogApi();
app.MapApiClientsApi();
app.MapSurveysApi();
app.MapStatisticsApi();
app.MapPetitionsApi();
app.MapOpen311Api();
app.MapStatisticsExportsApi();
app.MapChannelsApi();
app.MapAssistantApi();
app.MapKioskApi();

app.Run();
