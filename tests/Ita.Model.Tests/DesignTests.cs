using System.Reflection;

namespace Ita.Model.Tests;

/// <summary>Design rules checked over the whole public surface.</summary>
public sealed class DesignTests
{
    private static readonly Type[] PublicTypes = typeof(Edition).Assembly.GetExportedTypes();

    /// <summary>Types that are mutable by design: options configured before the container is built, and the
    /// registry whose Register is its purpose (thread-safe).</summary>
    private static readonly Type[] MutableByDesign = [typeof(ItaModelOptions)];

    [Fact]
    public void PublicClasses_HaveNoPublicSetters_ExceptDocumentedMutableTypes()
    {
        // init-only setters are allowed: the object cannot change after construction.
        var offenders = PublicTypes.Where(t => t.IsClass && !MutableByDesign.Contains(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } set && !IsInitOnly(set) && p.DeclaringType!.Assembly == t.Assembly).Select(p => $"{t.Name}.{p.Name}"))
            .ToArray();
        Assert.Empty(offenders);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    [Fact]
    public void PublicClasses_AreSealedOrStatic_UnlessAbstract()
    {
        var offenders = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName).ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicValueTypes_ImplementTheFullEqualityContract()
    {
        foreach (var t in PublicTypes.Where(t => t.IsValueType && !t.IsEnum))
        {
            Assert.True(typeof(IEquatable<>).MakeGenericType(t).IsAssignableFrom(t), $"{t.Name} implements IEquatable<{t.Name}>");
            Assert.NotNull(t.GetMethod("op_Equality", [t, t]));
            Assert.NotNull(t.GetMethod("op_Inequality", [t, t]));
            Assert.NotNull(t.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!.DeclaringType == t ? t : null);
            Assert.Equal(t, t.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType);
        }
    }

    [Fact]
    public void Exceptions_AreSealed_AndDeriveFromABclException()
    {
        foreach (var t in PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)))
        {
            Assert.True(t.IsSealed, t.Name);
            Assert.StartsWith("System", t.BaseType!.Namespace, StringComparison.Ordinal);
            Assert.NotEqual(typeof(Exception), t.BaseType);
        }
    }

    [Fact]
    public void Score_EqualityAndOrdering_FollowTheExactValue()
    {
        var rounding = Edition.ForFiscalYear(2568).Rules.Rounding;
        var card = ScoringEngine.Default.Score(Edition.ForFiscalYear(2568), ScoreInput.FromIndicators(Enumerable.Range(1, 10).ToDictionary(n => n, n => 80m + n)));
        var a = card.GetIndicator(1).Score;
        var b = card.GetIndicator(2).Score;
        var same = card.GetIndicator(1).Score;
        Assert.True(a < b && b > a && a <= same && a >= same && a != b && a == same);
        Assert.Equal(a, card.GetIndicator(1).Score);
        Assert.Equal(a.GetHashCode(), card.GetIndicator(1).Score.GetHashCode());
        Assert.Equal("81.00", a.ToString());
        Assert.Equal(2, rounding.Decimals);
    }
}
