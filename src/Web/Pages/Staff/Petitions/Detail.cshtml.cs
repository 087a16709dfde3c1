using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions.Handling;
using Microsoft.AspNetCore.Mvc;

namespace CchcFeedback.Web.Pages.Staff.Petitions;

/// <summary>One petition and what its department can do with it now: accept, answer (from a template or not),
/// return, transfer, ask the citizen for information, record that it arrived, close.</summary>
public class DetailModel(CchcDbContext db, PetitionHandling handling, AnswerTemplates templates, AuditLog audit) : ActionPageModel(db, audit)
{
    /// <summary>A template to start the answer from (a GET, so choosing one works without JavaScript).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Template { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    public IReadOnlyDictionary<string, string> DepartmentNames { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<AnswerTemplateItem> Templates { get; private set; } = [];

    public bool IsManager => Scope.IsAll;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return await NotFoundAuditedAsync(cancellationToken);
        }
        if (Template is { } id && Templates.FirstOrDefault(t => t.Id == id) is { } template)
        {
            Answer = template.Body;
        }
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken) =>
        ActAsync("Accept", "accepted", handling.AcceptAsync, cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(CancellationToken cancellationToken) =>
        ActAsync("Answer", "answered", (action, token) => handling.AnswerAsync(action, Answer, token), cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken) =>
        ActAsync("Return", "returned", (action, token) => handling.ReturnAsync(action, Reason, token), cancellationToken, leaves: true);

    public Task<IActionResult> OnPostTransferAsync(CancellationToken cancellationToken) =>
        ActAsync("Transfer", "transferred", (action, token) => handling.TransferAsync(action, Department, Reason, token), cancellationToken, leaves: true);

    public Task<IActionResult> OnPostRequestInformationAsync(CancellationToken cancellationToken) =>
        ActAsync("RequestInformation", "info-requested", (action, token) => handling.RequestInformationAsync(action, Reason, token), cancellationToken);

    public Task<IActionResult> OnPostInformationReceivedAsync(CancellationToken cancellationToken) =>
        ActAsync("InformationReceived", "info-received", (action, token) => handling.InformationReceivedAsync(action, Reason, token), cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        ActAsync("Close", "closed", (action, token) => handling.CloseAsync(action, Reason, token), cancellationToken);

    protected override async Task LoadPageAsync(CancellationToken cancellationToken)
    {
        DepartmentNames = Departments.ToDictionary(d => d.Code, d => d.Name);
        Templates = Petition.DepartmentId is { } department ? await templates.ForAsync(department, Petition.FieldId, cancellationToken) : [];
    }
}
