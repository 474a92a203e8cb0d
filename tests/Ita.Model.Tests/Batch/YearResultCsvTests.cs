using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Batch;

namespace Ita.Model.Tests.Batch;

/// <summary>The results CSV (<see cref="YearResult.WriteCsv"/>) writes each unit's row straight into its buffer as UTF-8;
/// it must give exactly the row the fields give when each is formatted on its own and joined (the reference below, the
/// writer as it was before 2 December 2026) — for scored and unscored units, names that need quoting, long names that
/// cross the buffer's edge and any edition.</summary>
public sealed class YearResultCsvTests
{
    private static readonly string[] Names =
    [
        "หน่วยงาน", "a,b", "say \"hi\"", "line\nbreak", "cr\rhere", string.Empty, "องค์การบริหารส่วนตำบล" + new string('ก', 3000),
        new string('x', 70_000),
    ];

    [ItaProperty(60)]
    public Property Rows_AreTheFieldsFormattedOneByOne()
    {
        var names = Gen.ArrayOf(Gen.Elements(Names), 5).ToArbitrary();
        return Prop.ForAll(ItaArbitraries.Years("2568", "2566", "2563-2565"), names, (GeneratedYear generated, string[] unitNames) =>
        {
            var builder = new YearDataBuilder(generated.Edition, generated.Edition.FiscalYears[0]);
            for (var k = 0; k < generated.Units.Count; k++)
            {
                var unit = generated.Units[k];
                var name = unitNames[k % unitNames.Length];
                builder.AddUnit(unit.Id, unit.ToResponses(), name.Length == 0 ? null : name);
            }

            var result = new BatchEngine(generated.Options, generated.Threads).Score(builder.Build());
            using var stream = new MemoryStream();
            result.WriteCsv(stream);

            Assert.Equal(Reference(result), Encoding.UTF8.GetString(stream.ToArray()));
        });
    }

    [Fact]
    public void UnscoredUnit_HasEmptyFigures_AndItsProblems_Quoted()
    {
        var edition = Edition.ForId("2568");
        var builder = new YearDataBuilder(edition, 2568);
        builder.AddUnit("U1", new ResponseSet([], [], []), "ชื่อ, มีจุลภาค");
        var result = BatchEngine.Default.Score(builder.Build());
        using var stream = new MemoryStream();

        result.WriteCsv(stream);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.False(result.Units[0].IsScored);
        Assert.StartsWith("U1,\"ชื่อ, มีจุลภาค\",invalid" + new string(',', 19) + "0,0,0,", text.Split('\n')[1], StringComparison.Ordinal);
        Assert.Equal(Reference(result), text);
    }

    /// <summary>Each field formatted on its own, quoted by <see cref="YearCsv.Quote"/>, joined with commas.</summary>
    private static string Reference(YearResult result)
    {
        var edition = result.Edition;
        var decimals = "F" + edition.Rules.Rounding.Decimals.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder("unit,name,status,total,totalExact,grade,gradeThai,passed,iit,eit,oit");
        foreach (var indicator in edition.Indicators)
        {
            text.Append(",indicator").Append(indicator.Number.ToString(CultureInfo.InvariantCulture));
        }

        text.Append(",iitRespondents,eitRespondents,warnings,problems\n");
        foreach (var unit in result.Units)
        {
            var fields = new List<string> { YearCsv.Quote(unit.Unit.Id), YearCsv.Quote(unit.Unit.Name ?? string.Empty) };
            if (unit.Total is { } total)
            {
                fields.AddRange(["scored", total.Rounded.ToString(decimals, CultureInfo.InvariantCulture), total.Exact.ToString(CultureInfo.InvariantCulture), YearCsv.Quote(unit.Grade!.Code), YearCsv.Quote(unit.Grade.Thai), unit.Passed ? "true" : "false"]);
                fields.AddRange(unit.ToolScores.Select(s => s.Rounded.ToString(decimals, CultureInfo.InvariantCulture)));
                fields.AddRange(unit.IndicatorScores.Select(s => s.Rounded.ToString(decimals, CultureInfo.InvariantCulture)));
            }
            else
            {
                fields.Add("invalid");
                fields.AddRange(Enumerable.Repeat(string.Empty, 8 + edition.Indicators.Count));
            }

            fields.Add(unit.Unit.IitRespondents.ToString(CultureInfo.InvariantCulture));
            fields.Add(unit.Unit.EitRespondents.ToString(CultureInfo.InvariantCulture));
            fields.Add(unit.Warnings.Count.ToString(CultureInfo.InvariantCulture));
            fields.Add(YearCsv.Quote(string.Join(" | ", unit.Problems.Select(p => p.ToString()))));
            text.Append(string.Join(',', fields)).Append('\n');
        }

        return text.ToString();
    }
}
