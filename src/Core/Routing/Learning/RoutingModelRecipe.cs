using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using CchcFeedback.Core.Routing.Recognition;

namespace CchcFeedback.Core.Routing.Learning;

/// <summary>Names what a stored model depends on besides its examples. The Core build's module id changes with
/// any change of its code or embedded examples (builds are deterministic), so a new release trains once on
/// first use instead of routing with a model whose text folding or cue words no longer match the code.</summary>
public static class RoutingModelRecipe
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var core = typeof(SubjectRecogniserTrainer).Assembly;
        var ml = typeof(Microsoft.ML.MLContext).Assembly;
        var text = string.Join('|',
            core.ManifestModule.ModuleVersionId,
            ml.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? ml.GetName().Version?.ToString());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
