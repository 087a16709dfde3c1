using CchcFeedback.Core;
using CchcFeedback.Web.Infrastructure;
using CchcFeedback.Web.Touchpoints;
using CchcFeedback.WebHosting.Health;
using CchcFeedback.WebHosting.Kiosks;
using CchcFeedback.WebHosting.Security;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCchcCore(builder.Configuration);
builder.Services.AddCchcHealthChecks();
builder.Services.AddCchcRateLimiting();
builder.Services.AddStaffAuthentication(builder.Configuration);
builder.Services.AddWebLocalization();
builder.Services.AddWebPages();
builder.Services.AddProblemDetails();
builder.Services.AddErrorPage();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = WebLimits.MaxRequestBodyBytes);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
app.UseRequestBodyLimit();
app.UseHttpsWhenRequired();
app.UseSecurityHeaders(JobsDashboard.Path);
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseSessionCheckOutage();
app.UseRateLimiter();
app.UseAuthorization();

app.MapCchcHealthEndpoints();
app.MapLanguageSwitch();
app.MapJobsDashboard();
app.MapTouchpointQrImages();
app.MapKioskApi();
app.MapRazorPages();

app.Run();
