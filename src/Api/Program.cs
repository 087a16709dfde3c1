using CchcFeedback.Api.Catalog;
using CchcFeedback.Api.Infrastructure;
using CchcFeedback.Core;
using CchcFeedback.Core.Health;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCchcCore(builder.Configuration);
builder.Services.AddCchcHealthChecks();
builder.Services.AddApiProblemDetails();
builder.Services.AddApiJson();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapOpenApi();
app.MapScalarApiReference("/docs");
app.MapCchcHealthEndpoints();
app.MapCatalogApi();

app.Run();
