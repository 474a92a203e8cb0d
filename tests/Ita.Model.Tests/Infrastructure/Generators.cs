global using FsCheck;
global using FsCheck.Fluent;

namespace Ita.Model.Tests;

/// <summary>FsCheck generators of domain inputs.</summary>
internal static class Generators
{
    /// <summary>Item scores for every item of an edition: OIT 0 or 100, IIT/EIT 0.00–100.00.</summary>
    public static Gen<Dictionary<string, decimal>> ItemScores(Edition edition) =>
        Gen.CollectToArray(edition.Items.Select(item => item.Tool == Tool.Oit
                ? Gen.Elements(0m, 100m, 100m)
                : Gen.Choose(0, 10000).Select(x => x / 100m)))
            .Select(values => edition.Items.Zip(values).ToDictionary(p => p.First.Code, p => p.Second, StringComparer.Ordinal));

    /// <summary>Item scores of a unit near the pass mark: OIT mostly accepted, IIT/EIT 75.00–100.00 — where the
    /// rating levels' per-tool conditions decide the grade.</summary>
    public static Gen<Dictionary<string, decimal>> HighItemScores(Edition edition) =>
        Gen.CollectToArray(edition.Items.Select(item => item.Tool == Tool.Oit
                ? Gen.Frequency((1, Gen.Constant(0m)), (6, Gen.Constant(100m)))
                : Gen.Choose(7500, 10000).Select(x => x / 100m)))
            .Select(values => edition.Items.Zip(values).ToDictionary(p => p.First.Code, p => p.Second, StringComparer.Ordinal));

    /// <summary>Item scores with four decimals, as item means of respondents are (87.3333): the edition's
    /// <c>itemScoreInRollUp</c> rule decides whether they enter the roll-up rounded.</summary>
    public static Gen<Dictionary<string, decimal>> FineItemScores(Edition edition) =>
        Gen.CollectToArray(edition.Items.Select(item => item.Tool == Tool.Oit
                ? Gen.Elements(0m, 100m, 100m)
                : Gen.Choose(0, 1000000).Select(x => x / 10000m)))
            .Select(values => edition.Items.Zip(values).ToDictionary(p => p.First.Code, p => p.Second, StringComparer.Ordinal));

    public static string Describe(Dictionary<string, decimal> items) =>
        string.Join(" ", items.Select(p => $"{p.Key}={p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
}
