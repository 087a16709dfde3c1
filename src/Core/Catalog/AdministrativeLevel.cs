namespace CchcFeedback.Core.Catalog;

/// <summary>The two levels of local government after the 2025 reorganisation.</summary>
public enum AdministrativeLevel
{
    Province,
    Commune,
}
