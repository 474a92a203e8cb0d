using System.Globalization;
using FsCheck.Xunit;

namespace Ita.Model.Tests;

/// <summary>An FsCheck.Xunit <c>[Property]</c> that runs <paramref name="cases"/> generated cases, or more when the
/// environment variable <c>ITA_PROPERTY_CASES</c> asks for more (a deeper local or nightly run). A failing property
/// prints the original case, the shrunk case and the seed; paste the seed into <see cref="PropertyAttribute.Replay"/>
/// to run the same cases again (tests/README.md).</summary>
/// <param name="cases">The number of cases a normal run checks.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ItaPropertyAttribute : PropertyAttribute
{
    /// <summary>The name of the environment variable that raises every property's case count.</summary>
    public const string CasesVariable = "ITA_PROPERTY_CASES";

    /// <summary>Runs <paramref name="cases"/> cases (or more, see <see cref="CasesVariable"/>).</summary>
    public ItaPropertyAttribute(int cases)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cases);
        Cases = cases;
        MaxTest = Effective(cases);
    }

    /// <summary>The number of cases a normal run checks (before <see cref="CasesVariable"/>).</summary>
    public int Cases { get; }

    /// <summary>The case count to run: <paramref name="cases"/>, or the value of <see cref="CasesVariable"/> when it is
    /// a larger whole number.</summary>
    public static int Effective(int cases) =>
        Math.Max(cases, int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);
}
