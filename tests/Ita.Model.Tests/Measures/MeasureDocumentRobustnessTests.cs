using Ita.Model.Measures;

namespace Ita.Model.Tests.Measures;

/// <summary>Bad input is an <see cref="ItaValidationException"/> with positions — never a crash or a silent default.</summary>
public sealed class MeasureDocumentRobustnessTests
{
    private static readonly string[] Replacements = ["", "\"", "{", "}", "[", "]", ",", ":", "0", "-1", "null", "true", "\"x\"", "๓", "99999", "\"2022-02-30\"", "\"31 เม.ย. 2565\""];

    [ItaProperty(300)]
    public Property Parse_ACorruptedDocument_EitherReadsOrListsProblems_NeverCrashes_G5Plan() => Corrupted("g5-ummao-2565-plan.json", isPlan: true);

    [ItaProperty(300)]
    public Property Parse_ACorruptedDocument_EitherReadsOrListsProblems_NeverCrashes_G6Plan() => Corrupted("g6-huainamkham-2566-plan.json", isPlan: true);

    [ItaProperty(300)]
    public Property Parse_ACorruptedDocument_EitherReadsOrListsProblems_NeverCrashes_G5Status() => Corrupted("g5-ummao-2565-status.json", isPlan: false);

    [ItaProperty(300)]
    public Property Parse_ACorruptedDocument_EitherReadsOrListsProblems_NeverCrashes_G6Status() => Corrupted("g6-huainamkham-2566-status.json", isPlan: false);

    private static Property Corrupted(string fixture, bool isPlan)
    {
        var text = File.ReadAllText(Fixtures.Path("measures", fixture));
        var cases = from start in Gen.Choose(0, text.Length - 1)
                    from length in Gen.Choose(0, 12)
                    from replacement in Gen.Elements(Replacements)
                    select new Corruption(start, Math.Min(length, text.Length - start), replacement);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var corrupted = text[..c.Start] + c.Replacement + text[(c.Start + c.Length)..];
            try
            {
                if (isPlan)
                {
                    MeasurePlan.Parse(corrupted, fixture);
                }
                else
                {
                    MeasureStatusLog.Parse(corrupted, fixture);
                }
            }
            catch (ItaValidationException ex)
            {
                Assert.NotEmpty(ex.Problems);
                Assert.All(ex.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
                Assert.Contains(ex.Problems, p => p.Line is not null);
            }
        });
    }

    private sealed record Corruption(int Start, int Length, string Replacement)
    {
        public override string ToString() => $"replace {Length} chars at {Start} with '{Replacement}'";
    }
}
