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
    /// <summary>Every decimal — any sign, scale and size, zeros of any scale, negative zero — is written as
    /// <see cref="decimal.ToString(string, IFormatProvider)"/> writes it, in full and with any <c>F</c> format: from its
    /// digits when it needs no rounding, by the framework otherwise.</summary>
    [ItaProperty(2000)]
    public Property Decimals_AreWrittenAsTheFrameworkFormatsThem()
    {
        var values = Gen.Frequency(
            (3, from whole in Gen.Choose(0, 100) from cents in Gen.Choose(0, 99) from scale in Gen.Elements<byte>(0, 1, 2) select Math.Round(whole + (cents / 100m), scale, MidpointRounding.AwayFromZero)),
            (2, from lo in Gen.Choose(int.MinValue, int.MaxValue)
                from mid in Gen.Elements(0, 0, 1, -1, 12345)
                from hi in Gen.Elements(0, 0, 0, 1)
                from negative in Gen.Elements(false, false, true)
                from scale in Gen.Choose(0, 28)
                select new decimal(lo, mid, hi, negative, (byte)scale)),
            (1, from scale in Gen.Choose(0, 28) from negative in Gen.Elements(false, true) select new decimal(0, 0, 0, negative, (byte)scale)),
            (1, Gen.Elements(decimal.MaxValue, decimal.MinValue, 100m, 100.00m, 0.005m, 99.995m, 1e-28m, 18446744073709551615m, 18446744073709551616m, 1844674407370955161.5m)));
        var formats = Gen.Elements(string.Empty, "F0", "F1", "F2", "F3", "F4", "f2", "F9", "F");
        return Prop.ForAll(values.ToArbitrary(), formats.ToArbitrary(), (decimal value, string format) =>
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            Utf8Text.WriteDecimal(buffer, value, format);
            Assert.Equal(value.ToString(format, CultureInfo.InvariantCulture), Encoding.UTF8.GetString(buffer.WrittenSpan));
        });
    }

    /// <summary>The digits path takes the figures a result presents (zero or positive, no more places than the
    /// format's); the framework's formatting takes the rest.</summary>
    [Fact]
    public void PlainFigures_AreWrittenFromTheirDigits_OthersAreNot()
    {
        var span = new byte[64];
        Assert.True(Utf8Text.TryWritePlain(span, 89.4m, "F2", out var written));
        Assert.Equal("89.40", Encoding.UTF8.GetString(span, 0, written));
        Assert.True(Utf8Text.TryWritePlain(span, 0.0512345678901234567m, default, out written));
        Assert.Equal("0.0512345678901234567", Encoding.UTF8.GetString(span, 0, written));
        Assert.False(Utf8Text.TryWritePlain(span, 89.405m, "F2", out _)); // to be rounded
        Assert.False(Utf8Text.TryWritePlain(span, -1m, "F2", out _));
        Assert.False(Utf8Text.TryWritePlain(span, 1m, "N2", out _));
        Assert.False(Utf8Text.TryWritePlain(span, 18446744073709551616m, default, out _)); // 2^64
    }

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
