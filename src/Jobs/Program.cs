using CchcFeedback.Jobs.Commands;

// With no command this process is a Hangfire server; with one it runs an operations task and exits.
return await JobsCommandLine.Build().Parse(args).InvokeAsync();
