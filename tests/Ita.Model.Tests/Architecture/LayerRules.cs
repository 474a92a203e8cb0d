using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Ita.Model.Tests.Architecture;

/// <summary>The layers of Ita.Model (docs/architecture.md) and a checker over the compiled IL (NetArchTest).</summary>
/// <remarks>Each namespace, relative to the root (<c>""</c> is the core, namespace <c>Ita.Model</c>), lists the
/// namespaces it may use; any other edge is a violation. Every namespace of the assembly must have a rule, so a new
/// namespace has to be placed in the layers before it builds green.</remarks>
internal static class LayerRules
{
    /// <summary>Gets the direction of Ita.Model: core ← JSON infrastructure ← documents and the contract ← audit,
    /// analysis, measures ← reports and the all-kinds JSON face; batch beside documents; Thai a leaf over the core.</summary>
    public static IReadOnlyDictionary<string, string[]> ItaModel { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [""] = [],
        ["Thai"] = [""],
        ["Json"] = [""],
        ["Documents"] = ["", "Json", "Thai"],
        ["Batch"] = ["", "Json", "Thai"],
        ["Analysis"] = ["", "Json", "Documents", "Thai"],
        ["Audit"] = ["", "Json", "Documents", "Thai"],
        ["Import"] = ["", "Documents", "Thai"],
        ["Measures"] = ["", "Json", "Documents", "Analysis", "Thai"],
        ["Reports"] = ["", "Json", "Documents", "Analysis", "Audit", "Measures", "Thai"],
        ["Serialization"] = ["", "Json", "Documents", "Analysis", "Audit", "Measures", "Thai"],
    };

    /// <summary>Lists every edge against the rules: a type of one namespace using a type of a namespace it may
    /// not use, and every namespace under the root that has no rule.</summary>
    /// <param name="assembly">The assembly to check.</param>
    /// <param name="root">The root namespace (the core).</param>
    /// <param name="rules">The allowed dependencies by relative namespace.</param>
    /// <returns>One line per violation; empty when the assembly follows the rules.</returns>
    public static IReadOnlyList<string> Violations(Assembly assembly, string root, IReadOnlyDictionary<string, string[]> rules)
    {
        string Full(string layer) => layer.Length == 0 ? root : root + "." + layer;
        var violations = new List<string>();
        foreach (var (layer, allowed) in rules)
        {
            var forbidden = rules.Keys.Where(k => k.Length > 0 && k != layer && !allowed.Contains(k)).Select(Full).ToArray();
            if (forbidden.Length == 0)
            {
                continue;
            }

            var result = Types.InAssembly(assembly)
                .That().ResideInNamespaceMatching("^" + Regex.Escape(Full(layer)) + "$")
                .ShouldNot().HaveDependencyOnAny(forbidden)
                .GetResult();
            foreach (var type in result.FailingTypeNames ?? [])
            {
                violations.Add($"{type} ({Full(layer)}) uses a namespace it may not use: it may use only {(allowed.Length == 0 ? "itself" : string.Join(", ", allowed.Select(Full)))}.");
            }
        }

        var known = rules.Keys.Select(Full).ToHashSet(StringComparer.Ordinal);
        foreach (var ns in assembly.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if ((ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal)) && !known.Contains(ns))
            {
                violations.Add($"Namespace {ns} has no place in the layers: add it to the rules (and docs/architecture.md).");
            }
        }

        return violations;
    }
}
