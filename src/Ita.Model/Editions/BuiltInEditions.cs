using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model;

/// <summary>The editions embedded in the package.</summary>
internal static class BuiltInEditions
{
    private static readonly Lazy<EditionRegistry> LazyRegistry = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static EditionRegistry Registry => LazyRegistry.Value;

    public static IReadOnlyList<Edition> All => Registry.Editions;

    private static EditionRegistry Load() => EditionRegistry.FromEditions(EditionSource.Current.LoadBuiltIns());
}
