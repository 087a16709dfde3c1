using CchcFeedback.Core.Identity;

namespace CchcFeedback.Core.Petitions.Handling;

/// <summary>Who acts on which petition, and the id of the form they sent: a form posted twice (a double click, a
/// retried request) is recognised by <paramref name="ActionId"/> and done once.</summary>
/// <param name="Actor">The staff member's e-mail, as written in the history.</param>
/// <param name="Scope">The departments the actor may see: outside it the petition does not exist.</param>
public sealed record PetitionAction(Guid PetitionId, Guid ActionId, string Actor, DepartmentScope Scope);
