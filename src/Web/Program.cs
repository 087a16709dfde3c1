using CchcFeedback.Core;
using CchcFeedback.Core.Health;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCchcCore(builder.Configuration);
builder.Services.AddCchcHealthChecks();
builder.Services.AddRazorPages();

var app = builder.Build();

app.UseExceptionHandler("/Error");
app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
app.UseStaticFiles();
app.UseRouting();

app.MapCchcHealthEndpoints();
app.MapRazorPages();

app.Run();
