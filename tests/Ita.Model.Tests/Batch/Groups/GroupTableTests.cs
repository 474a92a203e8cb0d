using System.Globalization;
using System.Text;
using Ita.Model.Batch;
using Ita.Model.Synthetic;

namespace Ita.Model.Tests.Batch.Groups;

public sealed class GroupTableTests
{
    private static readonly string[] Provinces = ["เชียงใหม่", "ลำพูน", "จันทบุรี", "ตราด"];

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void GroupTables_EqualHandComputedMeans_OfAGeneratedYearWithAUnitsFile(ulong seed)
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 120, IitRespondents = 2400, EitRespondents = 3600, Seed = seed });
        var result = new BatchEngine(2).Score(year);
        var random = new Random((int)seed);

        // Every unit but the 7th gets a province and type; two listed units are not in the year; some provinces empty.
        var assigned = new Dictionary<string, (string Province, string Type)>(StringComparer.Ordinal);
        var csv = new StringBuilder("unit,name,type,group,province,district,region\n");
        foreach (var unit in year.Units.Where((_, i) => i != 6))
        {
            var province = random.Next(10) == 0 ? string.Empty : Provinces[random.Next(Provinces.Length)];
            var type = random.Next(2) == 0 ? "อบต." : "เทศบาล";
            assigned[unit.Id] = (province, type);
            csv.Append(CultureInfo.InvariantCulture, $"{unit.Id},\"หน่วย, {unit.Id}\",{type},local,{province},d1,\"north \"\"upper\"\"\"\n");
        }

        csv.Append("X1,,อบต.,local,ตราด,,\nX2,,อบต.,local,กระบี่,,\n");
        var units = UnitTable.Load(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), "units.csv");
        Assert.Equal(["unit", "name", "type", "group", "province", "district", "region"], units.Columns);
        Assert.Equal("north \"upper\"", units.GetValue(year.Units[0].Id, "region"));
        Assert.Equal("หน่วย, " + year.Units[0].Id, units.GetValue(year.Units[0].Id, "name"));
        Assert.Equal([year.Units[6].Id], units.UnitsNotListed(year)); // the join's mismatches, without a table
        Assert.Equal(["X1", "X2"], units.UnitsNotIn(year));

        foreach (var column in new[] { "province", "type" })
        {
            var table = GroupTable.Compute(result, units, column);
            Assert.Equal(column, table.Column);
            Assert.Equal([year.Units[6].Id], table.UnitsNotInTable);
            Assert.Equal(["X1", "X2"], table.UnitsNotInYear);
            Assert.Equal(year.Units.Count, table.Groups.Sum(g => g.UnitCount));
            AssertMeans(result.Units, table.National, result.Edition);
            Assert.Equal(result.National.PassedCount, table.National.PassedCount);
            Assert.Equal(result.National.Grades.Select(g => g.Count), table.National.Grades.Select(g => g.Count));
            Assert.Equal(result.National.MeanTotal!.Value.Exact, table.National.MeanTotal!.Value.Exact, 20);

            foreach (var group in table.Groups)
            {
                var members = result.Units.Where(u => (assigned.TryGetValue(u.Unit.Id, out var a) ? (column == "province" ? a.Province : a.Type) : string.Empty) == group.Value).ToList();
                Assert.Equal(members.Count, group.UnitCount);
                AssertMeans(members, group, result.Edition);
            }

            // Groups in order of first appearance in the units file, the empty group last; กระบี่ has no unit in the year.
            var expected = units.UnitIds.Select(id => units.GetValue(id, column)!).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Append(string.Empty);
            Assert.Equal(expected, table.Groups.Select(g => g.Value));
            if (column == "province")
            {
                var krabi = Assert.Single(table.Groups, g => g.Value == "กระบี่");
                Assert.Equal(0, krabi.UnitCount);
                Assert.Null(krabi.MeanTotal);
                Assert.Null(krabi.PassShare);
                Assert.Empty(krabi.IndicatorMeans);
            }
        }
    }

    [Fact]
    public void APublishedGroupMean_IsTheRoundedMeanOfTheUnitsRoundedFigures_NotTheRoundedExactMean()
    {
        // G10: the published group figure is the mean of the units' published (2-decimal) figures. Take two units of a
        // generated year for which that differs from rounding the mean of their exact totals.
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 400, IitRespondents = 8000, EitRespondents = 12000, Seed = 11 });
        var result = new BatchEngine(2).Score(year);
        var scored = result.Units.Where(u => u.IsScored).ToList();
        var pair = (from a in scored.Take(60)
                    from b in scored.Take(60)
                    where string.CompareOrdinal(a.Unit.Id, b.Unit.Id) < 0
                    let published = Math.Round((a.Total!.Value.Rounded + b.Total!.Value.Rounded) / 2, 2, MidpointRounding.AwayFromZero)
                    let fromExact = Math.Round((a.Total!.Value.Exact + b.Total!.Value.Exact) / 2, 2, MidpointRounding.AwayFromZero)
                    where published != fromExact
                    select (a, b, published, fromExact)).First();
        var csv = $"unit,group\n{pair.a.Unit.Id},g\n{pair.b.Unit.Id},g\n";
        var table = GroupTable.Compute(result, UnitTable.Load(new MemoryStream(Encoding.UTF8.GetBytes(csv))), "group");

        var group = table.Groups[0];
        Assert.Equal("g", group.Value);
        Assert.Equal(pair.published, group.MeanTotal!.Value.Published);
        Assert.NotEqual(pair.fromExact, group.MeanTotal!.Value.Published);
        Assert.Equal((pair.a.Total!.Value.Exact + pair.b.Total!.Value.Exact) / 2, group.MeanTotal!.Value.Exact);
    }

    [Fact]
    public void TheCsvTable_HasOneRowPerGroupAndANationalRow_WithTheEditionsLevelNames()
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 30, IitRespondents = 600, EitRespondents = 900, Seed = 5 });
        var result = new BatchEngine(1).Score(year);
        var csv = "unit,province\n" + string.Concat(year.Units.Select((u, i) => $"{u.Id},{(i % 2 == 0 ? "เชียงใหม่" : "\"ลำพูน, เหนือ\"")}\n"));
        var table = GroupTable.Compute(result, UnitTable.Load(new MemoryStream(Encoding.UTF8.GetBytes(csv))), "province");
        using var output = new MemoryStream();
        table.WriteCsv(output);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var header = lines[0].Split(',');
        var levels = result.Edition.Grading.Levels.Select(l => l.Code).ToArray();
        Assert.Equal(GroupTable.ColumnNames(result.Edition, "province"), header);
        Assert.Equal(["scope", "province", "units", "scored", "total", "iit", "eit", "oit", "indicator1"], header.Take(9));
        Assert.Contains(levels[0], header);
        Assert.Contains(levels[0] + "Share", header);
        Assert.Equal("indicator10Exact", header[^1]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("group,เชียงใหม่,15,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("group,\"ลำพูน, เหนือ\",15,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("national,,30,30," + result.National.MeanTotal!.Value.Rounded.ToString("F2", CultureInfo.InvariantCulture) + ",", lines[3], StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => GroupTable.ColumnNames(result.Edition, "total"));
        Assert.Throws<ArgumentException>(() => GroupTable.ColumnNames(result.Edition, "TotalExact")); // any letter case
        Assert.Throws<ArgumentException>(() => GroupTable.ColumnNames(result.Edition, levels[0]));
        Assert.Throws<ArgumentException>(() => GroupTable.Compute(result, UnitTable.Load(new MemoryStream("unit\n"u8.ToArray())), "province"));
    }

    /// <summary>Every built-in edition makes a group table; an edition whose grade level is coded like another column of
    /// the table (its own <c>passed</c>, a tool, <c>units</c>, a level's share), in any letter case, cannot: its table
    /// would have two columns of one name, which DuckDB renames and a lookup by name gets wrong.</summary>
    [Theory]
    [InlineData("passed", "passed'")]
    [InlineData("IIT", "iit' and 'IIT' (names must differ in more than letter case)")]
    [InlineData("units", "units'")]
    [InlineData("goodShare", "goodShare'")]
    [InlineData("totalExact", "totalExact'")]
    public void AnEditionWhoseLevelIsCodedLikeAColumn_CannotMakeAGroupTable(string code, string names)
    {
        Assert.All(Edition.All, e => Assert.Contains("province", GroupTable.ColumnNames(e, "province")));
        var edition = Edition.Parse(Edition.ForId("2568").ToJson()
            .Replace("\"id\": \"2568\"", "\"id\": \"2568-x\"", StringComparison.Ordinal)
            .Replace("\"code\": \"excellent\"", $"\"code\": \"{code}\"", StringComparison.Ordinal));

        var problem = Assert.Throws<ArgumentException>(() => GroupTable.ColumnNames(edition, "province"));

        Assert.Equal("edition", problem.ParamName);
        Assert.StartsWith($"Edition 2568-x cannot make a group table: its grade level '{code}' makes two columns named '{names}.", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "header", 1)]
    [InlineData("name,province\nU1,x\n", "header", 1)]
    [InlineData("unit,unit\nU1,U1\n", "header", 1)]
    [InlineData("unit,,x\nU1,a,b\n", "header", 1)]
    [InlineData("unit,province\nU1,x\nU2\n", "columns", 3)]
    [InlineData("unit,province\nU1,x\n,y\n", "unit", 3)]
    [InlineData("unit,province\nU1,x\nU1,y\n", "duplicate", 3)]
    [InlineData("unit,province\nU1,\"x\n", "columns", 2)]
    [InlineData("unit,province\nU1,\"x\"y\n", "columns", 2)]
    public void ABadUnitsFile_IsAValidationErrorWithTheLine(string text, string code, int line)
    {
        var error = Assert.Throws<ItaValidationException>(() => UnitTable.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "units.csv"));
        var problem = error.Problems[0];
        Assert.Equal(code, problem.Code);
        Assert.Equal(line, problem.Line);
        Assert.Contains("units.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AUnitsFileProblem_CountsFieldsInWords_AndAMissingColumn_QuotesTheColumns()
    {
        var error = Assert.Throws<ItaValidationException>(() => UnitTable.Load(new MemoryStream("unit,province\nU1\nU2,a,b\n"u8.ToArray()), "units.csv"));
        Assert.Equal(["The row has 1 field; the header has 2 fields.", "The row has 3 fields; the header has 2 fields."], error.Problems.Select(p => p.Message));

        var table = UnitTable.Load(new MemoryStream("unit,\"size, class\"\nU1,s\n"u8.ToArray()));
        var missing = Assert.Throws<ArgumentException>(() => table.GetValue("U1", "size"));
        Assert.StartsWith("The units table has no column 'size'; its columns are 'unit', 'size, class'.", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BytesThatAreNotUtf8_AreReportedOnTheirOwnLines_AndReadingGoesOn()
    {
        var bytes = new List<byte>("unit,province\n"u8.ToArray());
        for (var i = 1; i <= 20_000; i++)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes($"U{i.ToString(CultureInfo.InvariantCulture)},"));
            bytes.AddRange(i is 1 or 15_000 or 17_321 ? [0xFF, 0xFE] : Encoding.UTF8.GetBytes("จังหวัด"));
            bytes.AddRange(i % 3 == 0 ? "\r\n"u8.ToArray() : "\n"u8.ToArray());
        }

        var error = Assert.Throws<ItaValidationException>(() => UnitTable.Load(new MemoryStream([.. bytes]), "units.csv"));

        Assert.Equal([(ProblemCodes.Encoding, 2), (ProblemCodes.Encoding, 15_001), (ProblemCodes.Encoding, 17_322)], error.Problems.Select(p => (p.Code, p.Line!.Value)));
    }

    [Theory]
    [InlineData("unit,province\rU1,a\rU2,b")] // lines ended by CR alone, as StreamReader reads them
    [InlineData("unit,province\r\nU1,a\r\nU2,b\r\n")]
    [InlineData("\uFEFFunit,province\nU1,a\n\nU2,b\n")]
    public void LineEnds_AndAByteOrderMark_AreReadAsStreamReaderReadsThem(string text)
    {
        var table = UnitTable.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(["unit", "province"], table.Columns);
        Assert.Equal(["U1", "U2"], table.UnitIds);
        Assert.Equal("b", table.GetValue("U2", "province"));
    }

    [Fact]
    public void NameUnits_NamesTheUnitsTheYearLeavesUnnamed_AndSharesTheAnswers()
    {
        var year = SyntheticYear.Generate(new SyntheticYearOptions { Units = 4, IitRespondents = 40, EitRespondents = 60, Seed = 8 });
        using var csv = new MemoryStream();
        using var oit = new MemoryStream();
        year.WriteCsv(csv, oit);
        var unnamed = YearData.LoadCsv(new MemoryStream(csv.ToArray()), new MemoryStream(oit.ToArray()), options: new YearReadOptions { FiscalYear = year.FiscalYear });
        Assert.All(unnamed.Units, u => Assert.Null(u.Name));
        var units = UnitTable.Load(new MemoryStream(Encoding.UTF8.GetBytes("unit,name\nU00001,อบต.บ้านกุ่ม\nU00002,\nU00009,ไม่มีในปี\n")));

        var named = units.NameUnits(unnamed);

        Assert.Equal(["อบต.บ้านกุ่ม", null, null, null], named.Units.Select(u => u.Name));
        Assert.Equal(unnamed.Units.Select(u => (u.Id, u.IitRespondents, u.EitRespondents, u.OitChecks)), named.Units.Select(u => (u.Id, u.IitRespondents, u.EitRespondents, u.OitChecks)));
        Assert.Equal(Csv(new BatchEngine().Score(unnamed)).Replace("U00001,,", "U00001,อบต.บ้านกุ่ม,", StringComparison.Ordinal), Csv(new BatchEngine().Score(named)));

        // A name the year has is kept; a table without a name column, or naming nothing new, gives the year itself.
        Assert.Equal("อบต.บ้านกุ่ม", UnitTable.Load(new MemoryStream(Encoding.UTF8.GetBytes("unit,name\nU00001,other\n"))).NameUnits(named).Units[0].Name);
        Assert.Same(unnamed, UnitTable.Load(new MemoryStream("unit,province\nU00001,x\n"u8.ToArray())).NameUnits(unnamed));
        Assert.Same(named, units.NameUnits(named));

        static string Csv(YearResult result)
        {
            using var stream = new MemoryStream();
            result.WriteCsv(stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }

    [Fact]
    public void AUnitsFile_WithABomAndCrLf_AndOnlyAUnitColumn_IsRead()
    {
        var table = UnitTable.Load(new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. "unit\r\nU1\r\n\r\nU2\r\n"u8.ToArray()]));
        Assert.Equal(["U1", "U2"], table.UnitIds);
        Assert.Equal(["unit"], table.Columns);
        Assert.True(table.Contains("U2"));
        Assert.Null(table.GetValue("U3", "unit"));
        Assert.Throws<ArgumentException>(() => table.GetValue("U1", "province"));
    }

    private static void AssertMeans(IReadOnlyList<UnitResult> members, GroupSummary group, Edition edition)
    {
        var scored = members.Where(u => u.IsScored).ToList();
        Assert.Equal(scored.Count, group.ScoredUnitCount);
        if (scored.Count == 0)
        {
            Assert.Null(group.MeanTotal);
            return;
        }

        Assert.Equal(Expected(scored.Select(u => u.Total!.Value)), group.MeanTotal!.Value);
        for (var t = 0; t < edition.Tools.Count; t++)
        {
            Assert.Equal(Expected(scored.Select(u => u.ToolScores[t])), group.ToolMeans[edition.Tools[t].Tool]);
        }

        for (var i = 0; i < edition.Indicators.Count; i++)
        {
            Assert.Equal(Expected(scored.Select(u => u.IndicatorScores[i])), group.IndicatorMeans[edition.Indicators[i].Number]);
        }

        for (var l = 0; l < edition.Grading.Levels.Count; l++)
        {
            var count = scored.Count(u => ReferenceEquals(u.Grade, edition.Grading.Levels[l]));
            Assert.Equal(count, group.Grades[l].Count);
            Assert.Equal(Math.Round(count * 100m / scored.Count, 2, MidpointRounding.AwayFromZero), group.Grades[l].Share.Rounded);
        }

        Assert.Equal(scored.Count(u => u.Passed), group.PassedCount);
        Assert.Equal(Math.Round(scored.Count(u => u.Passed) * 100m / scored.Count, 2, MidpointRounding.AwayFromZero), group.PassShare!.Value.Rounded);

        GroupMean Expected(IEnumerable<Score> scores)
        {
            var list = scores.ToList();
            var published = Math.Round(list.Sum(s => s.Rounded) / list.Count, 2, MidpointRounding.AwayFromZero);
            var exact = list.Aggregate(0m, (sum, s) => sum + s.Exact) / list.Count;
            return new GroupMean(published, exact);
        }
    }
}
