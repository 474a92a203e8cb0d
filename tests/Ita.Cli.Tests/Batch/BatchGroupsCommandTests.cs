using System.Globalization;
using Ita.Model.Batch;
using Parquet;
using Parquet.Schema;

namespace Ita.Cli.Tests.Batch;

public sealed class BatchGroupsCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ita-cli-groups-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Batch_WithAUnitsFile_WritesAGroupTablePerGrouping_AndReportsUnitsThatDoNotMatch()
    {
        var unitsText = "unit,name,type,group,province,district,region\n"
            + string.Concat(Enumerable.Range(1, 11).Select(i => $"U{i:00000},หน่วย {i},{(i % 3 == 0 ? "เทศบาล" : "อบต.")},local,{(i % 2 == 0 ? "ลำพูน" : "เชียงใหม่")},d,north\n"))
            + "U09999,,อบต.,local,ตราด,d,east\n";
        var byProvince = Path.Combine(_dir.FullName, "province.csv");
        var byType = Path.Combine(_dir.FullName, "type.parquet");

        var (output, errors, code) = WithUnits(12, "units.csv", unitsText, "--group-by", "province", "--group-by", "type", "--group-out", byProvince, "--group-out", byType);

        Assert.Equal(0, code);
        Assert.Contains("groups      by province: 4 groups → province.csv", output, StringComparison.Ordinal);
        Assert.Contains("groups      by type: 3 groups → type.parquet", output, StringComparison.Ordinal);
        Assert.Contains("warning: 1 unit of the year is not in units.csv (grouped under an empty value): U00012", errors, StringComparison.Ordinal);
        Assert.Contains("warning: 1 unit listed in units.csv is not in the year: U09999", errors, StringComparison.Ordinal);
        var lines = File.ReadAllLines(byProvince);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("scope,province,units,scored,total,iit,eit,oit,indicator1,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("group,เชียงใหม่,6,6,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("group,ลำพูน,5,5,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("group,ตราด,0,0,,,", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("group,,1,1,", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("national,,12,12,", lines[5], StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir.FullName, "*.tmp"));

        // The Parquet table: the same rows and figures, typed.
        var (fields, rows) = ReadParquet(byType);
        Assert.Equal(GroupTable.ColumnNames(Model.Edition.ForId("2568"), "type"), fields.Select(f => f.Name));
        Assert.Equal(["อบต.", "เทศบาล", string.Empty, null], rows["type"]);
        Assert.Equal([8, 3, 1, 12], rows["units"]);
        Assert.IsType<decimal>(rows["total"][3]);
        Assert.Equal(2, Assert.IsType<DecimalDataField>(fields.Single(f => f.Name == "total")).Scale);
        Assert.Equal(28, Assert.IsType<DecimalDataField>(fields.Single(f => f.Name == "totalExact")).Scale);
    }

    [Fact]
    public void Batch_WithAUnitsFileAlone_ReportsTheUnitsThatDoNotMatch()
    {
        var (output, errors, code) = WithUnits(3, "units.csv", "unit,province\nU00001,a\nU00002,b\nU00007,c\n");

        Assert.Equal(0, code);
        Assert.DoesNotContain("groups ", output, StringComparison.Ordinal);
        Assert.Contains("warning: 1 unit of the year is not in units.csv: U00003", errors, StringComparison.Ordinal);
        Assert.Contains("warning: 1 unit listed in units.csv is not in the year: U00007", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_WithAUnitsFileWithNames_WritesTheNamesInTheResults()
    {
        var results = Path.Combine(_dir.FullName, "results.csv");

        var (_, _, code) = WithUnits(3, "units.csv", "unit,name,province\nU00001,\"เทศบาลตำบล \"\"ตัวอย่าง\"\"\",a\nU00003,อบต.บ้านกุ่ม,b\n", "--group-by", "province", "--out", results);

        Assert.Equal(0, code);
        var lines = File.ReadAllLines(results);
        Assert.StartsWith("U00001,\"เทศบาลตำบล \"\"ตัวอย่าง\"\"\",scored,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("U00002,,scored,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("U00003,อบต.บ้านกุ่ม,scored,", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_GroupOutXlsx_WritesTheSameTableAsTheCsvWithNumbersAsNumbers()
    {
        var csv = Path.Combine(_dir.FullName, "regions.csv");
        var xlsx = Path.Combine(_dir.FullName, "regions.xlsx");

        var (output, _, code) = WithUnits(6, "units.csv", "unit,region\nU00001,north\nU00002,north\nU00003,south\nU00004,south\nU00005,south\nU00006,east\n", "--group-by", "region", "--group-by", "region", "--group-out", csv, "--group-out", xlsx);

        Assert.Equal(0, code);
        Assert.Contains("groups      by region: 3 groups → regions.xlsx", output, StringComparison.Ordinal);
        var expected = File.ReadAllLines(csv).Select(l => l.Split(',')).ToList();
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(xlsx, isEditable: false);
        var part = document.WorkbookPart!.WorksheetParts.Single();
        var rows = part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(expected.Count, rows.Count);
        for (var r = 1; r < rows.Count; r++)
        {
            var cells = rows[r].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
            var totalColumn = Array.IndexOf(expected[0], "total");
            var total = cells.Single(c => c.CellReference!.Value == ColumnName(totalColumn) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Null(total.DataType); // a number, not text
            Assert.Equal(decimal.Parse(expected[r][totalColumn], System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(total.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Without --group-out each group is a line: its units (and how many were scored, when not all: the
    /// means and the share are theirs), mean total and passed; counts of one are singular.</summary>
    [Fact]
    public void Batch_WithoutGroupOut_PrintsTheGroups()
    {
        Run("synth", "--out-dir", _dir.FullName, "--units", "4", "--respondents", "400");
        var units = Path.Combine(_dir.FullName, "units.csv");
        var oit = Path.Combine(_dir.FullName, "oit.csv");
        File.AppendAllText(oit, "U00005,o1,1\n"); // a unit with OIT checks only: in the year, not scored
        File.WriteAllText(units, "unit,region\nU00001,north\nU00002,north\nU00005,north\nU00003,south\nU00004,south\n");

        var (output, errors, code) = Run("batch", Path.Combine(_dir.FullName, "answers.csv"), oit, "--units", units, "--group-by", "region");

        Assert.Equal(0, code);
        Assert.StartsWith("warning: 1 unit could not be scored (status 'invalid' in the results):", errors, StringComparison.Ordinal);
        Assert.Contains("groups      by region: 2 groups", output, StringComparison.Ordinal);
        Assert.Contains("    north: 3 units (2 scored), mean total ", output, StringComparison.Ordinal);
        Assert.Contains("    south: 2 units, mean total ", output, StringComparison.Ordinal);

        File.WriteAllText(units, "unit,region\nU00001,north\nU00002,north\nU00003,north\nU00004,north\nU00005,north\n");
        (output, _, code) = Run("batch", Path.Combine(_dir.FullName, "answers.csv"), oit, "--units", units, "--group-by", "region");
        Assert.Equal(0, code);
        Assert.Contains("groups      by region: 1 group\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("    north: 5 units (4 scored), mean total ", output, StringComparison.Ordinal);
    }

    /// <summary>A units file whose name has braces is named as it is in the warnings (the name went into a format
    /// string: 'units{1}.csv' crashed the run after scoring).</summary>
    [Fact]
    public void AUnitsFileNamedWithBraces_IsNamedInTheWarnings()
    {
        var (_, errors, code) = WithUnits(2, "units{0}{1}.csv", "unit,region\nU00001,north\nU00009,south\n", "--group-by", "region");

        Assert.Equal(0, code);
        Assert.Contains("warning: 1 unit of the year is not in units{0}{1}.csv (grouped under an empty value): U00002", errors, StringComparison.Ordinal);
        Assert.Contains("warning: 1 unit listed in units{0}{1}.csv is not in the year: U00009", errors, StringComparison.Ordinal);
    }

    /// <summary>A group value with a space at an end is a group of its own (values are compared exactly), and said so.</summary>
    [Fact]
    public void GroupValuesWithSpacesAtTheirEnds_AreGroupsOfTheirOwn_AndAWarningSaysSo()
    {
        var (output, errors, code) = WithUnits(4, "units.csv", "unit,province\nU00001,เชียงใหม่\nU00002,เชียงใหม่ \nU00003,ลำพูน\nU00004,\u200Bลำพูน\n", "--group-by", "province");

        Assert.Equal(0, code);
        Assert.Contains("groups      by province: 4 groups", output, StringComparison.Ordinal);
        Assert.Equal("warning: 2 province values of units.csv begin or end with a space or an invisible character, so each is a group of its own: 'เชียงใหม่ ', '\\u200Bลำพูน'", errors.Trim());
    }

    [Theory]
    [InlineData("--group-by,province", "need --units")]
    [InlineData("--units,UNITS,--group-by,province,--group-out,a.csv,--group-out,b.csv", "give one --group-out per --group-by")]
    [InlineData("--units,UNITS,--group-by,county", "has no column 'county'; its columns are 'unit', 'province', 'total', 'Units', 'a'.")]
    [InlineData("--units,UNITS,--group-by,total", "--group-by total: Cannot group by 'total': the group table has a column 'total'. Rename the column in units.csv.")]
    [InlineData("--units,UNITS,--group-by,Units", "--group-by Units: Cannot group by 'Units': the group table has a column 'units' (names must differ in more than letter case). Rename")] // in any letter case
    [InlineData("--units,UNITS,--group-by,a", "--group-by a: Cannot group by 'a': a group table of edition 2563-2565 has a column 'A' (names must differ in more than letter case).")] // a level of another edition
    [InlineData("--units,UNITS,--group-by,province,--group-out,g.json", "--group-out g.json: a group table is written as .csv, .xlsx or .parquet")]
    public void GroupingMistakes_AreUsageErrors(string options, string message)
    {
        var (units, answers) = EmptyYear("unit,province,total,Units,a\nU00001,x,1,2,3\n");

        var (_, errors, code) = Run(["batch", answers, .. options.Split(',').Select(o => o == "UNITS" ? units : o)]);

        Assert.Equal(2, code);
        Assert.Contains(message, errors, StringComparison.Ordinal);
    }

    /// <summary>Every group table is checked before anything is read, as the results file is: one that would replace an
    /// input (the answers, the units file), the results file or another table, a directory, or a file in a directory
    /// that does not exist is refused at once, and nothing is written.</summary>
    [Theory]
    [InlineData("ANSWERS", "--group-out ANSWERS is also an input")]
    [InlineData("UNITS", "--group-out UNITS is also an input")]
    [InlineData("RESULTS", "--group-out RESULTS is also --out RESULTS; one would replace the other.")]
    [InlineData("DIR", "--group-out DIR is a directory")]
    [InlineData("DIR/missing/g.csv", "--group-out DIR/missing/g.csv: the directory DIR/missing does not exist.")]
    public void AGroupTableTarget_ThatCannotBeWritten_IsRefusedBeforeReading(string groupOut, string message)
    {
        var (units, answers) = EmptyYear("unit,province\nU00001,x\n");
        var results = Path.Combine(_dir.FullName, "results.csv");
        string Expand(string s) => s.Replace("ANSWERS", answers, StringComparison.Ordinal).Replace("UNITS", units, StringComparison.Ordinal).Replace("RESULTS", results, StringComparison.Ordinal).Replace("DIR", _dir.FullName, StringComparison.Ordinal);

        var (output, errors, code) = Run("batch", answers, "--out", results, "--units", units, "--group-by", "province", "--group-out", Expand(groupOut));

        Assert.Equal(2, code);
        Assert.Contains("error: " + Expand(message), errors, StringComparison.Ordinal);
        Assert.DoesNotContain("read ", output, StringComparison.Ordinal); // refused before the year is read
        Assert.False(File.Exists(results));
        Assert.Equal("unit,tool,respondent,item,part,answer\n", File.ReadAllText(answers));
        Assert.Equal("unit,province\nU00001,x\n", File.ReadAllText(units));
    }

    [Fact]
    public void TwoGroupTables_InOneFile_AreRefusedBeforeReading()
    {
        var (units, answers) = EmptyYear("unit,province,region\nU00001,x,y\n");
        var table = Path.Combine(_dir.FullName, "g.csv");

        var (_, errors, code) = Run("batch", answers, "--units", units, "--group-by", "province", "--group-by", "region", "--group-out", table, "--group-out", table);

        Assert.Equal(2, code);
        Assert.Contains($"error: --group-out {table} is also --group-out {table}; one would replace the other.", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(table));
    }

    [Fact]
    public void AGroupingColumn_NamedLikeAFigureColumnOfTheVariant_IsAUsageErrorBeforeReading()
    {
        var (units, answers) = EmptyYear("unit,region\nU00001,north\n");
        var variant = Path.Combine(_dir.FullName, "variant.json");
        File.WriteAllText(variant, Model.Edition.ForId("2568").ToJson()
            .Replace("\"id\": \"2568\"", "\"id\": \"2568-region\"", StringComparison.Ordinal)
            .Replace("\"code\": \"excellent\"", "\"code\": \"region\"", StringComparison.Ordinal));

        var (output, errors, code) = Run("batch", answers, "--variant", variant, "--units", units, "--group-by", "region");

        Assert.Equal(2, code);
        Assert.Contains("error: --group-by region: Cannot group by 'region': a group table of edition 2568-region has a column 'region'. Rename the column in units.csv.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("read ", output, StringComparison.Ordinal);
    }

    /// <summary>A variant whose grade level is coded like a column of the group table (here <c>passed</c>) cannot make
    /// one: a usage error before the year is read, not a table with two <c>passed</c> columns.</summary>
    [Fact]
    public void AVariantWhoseLevelIsCodedLikeAColumn_IsAUsageErrorBeforeReading()
    {
        var (units, answers) = EmptyYear("unit,region\nU00001,north\n");
        var variant = Path.Combine(_dir.FullName, "variant.json");
        File.WriteAllText(variant, Model.Edition.ForId("2568").ToJson()
            .Replace("\"id\": \"2568\"", "\"id\": \"2568-passed\"", StringComparison.Ordinal)
            .Replace("\"code\": \"excellent\"", "\"code\": \"passed\"", StringComparison.Ordinal));

        var (output, errors, code) = Run("batch", answers, "--variant", variant, "--units", units, "--group-by", "region", "--group-out", Path.Combine(_dir.FullName, "g.csv"));

        Assert.Equal(2, code);
        Assert.Contains("error: --group-by region: Edition 2568-passed cannot make a group table: its grade level 'passed' makes two columns named 'passed'.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("read ", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir.FullName, "g.csv")));
    }

    [Fact]
    public void ABadUnitsFile_IsReportedWithItsLine()
    {
        var (units, answers) = EmptyYear("unit,province\nU1,x\nU1,y\n");

        var (_, errors, code) = Run("batch", answers, "--units", units, "--group-by", "province");

        Assert.Equal(2, code);
        Assert.StartsWith("error: units.csv is invalid (1 problem):", errors, StringComparison.Ordinal);
        Assert.Contains("line 3", errors, StringComparison.Ordinal);
        Assert.EndsWith("hint: units.csv is the units file (--units): a header naming a 'unit' column and the columns to group by, then a row per unit, in UTF-8 (Excel: CSV UTF-8).", errors.TrimEnd(), StringComparison.Ordinal);
    }

    /// <summary>A units file with more problems than are listed says how many there are and how many are listed; a
    /// Parquet file given as the units file is a usage error that says the units file is CSV.</summary>
    [Fact]
    public void AUnitsFileWithManyProblems_CountsThem_AndAParquetUnitsFile_IsAUsageError()
    {
        var windows874 = string.Concat(Enumerable.Range(1, 300).Select(i => $"U{i:D5},\u0E40\u0E0A\u0E35\u0E22\u0E07\u0E43\u0E2B\u0E21\u0E48\n"));
        var (units, answers) = EmptyYear("unit,province\n");
        File.WriteAllBytes(units, [.. "unit,province\n"u8, .. windows874.Select(c => c < 0x80 ? (byte)c : (byte)(c - 0x0E00 + 0xA0))]); // TIS-620: one byte a Thai letter

        var (_, errors, code) = Run("batch", answers, "--units", units, "--group-by", "province");

        Assert.Equal(2, code);
        Assert.StartsWith("error: units.csv is invalid (300 problems, the first 100 listed):", errors, StringComparison.Ordinal);
        Assert.Contains("  $: … and 200 more problems. [more-problems]", errors, StringComparison.Ordinal);

        var parquet = Path.Combine(_dir.FullName, "units.parquet");
        File.WriteAllBytes(parquet, [.. "PAR1"u8, 0, 0, 0, 0, .. "PAR1"u8]);
        (_, errors, code) = Run("batch", answers, "--units", parquet, "--group-by", "province");
        Assert.Equal(2, code);
        Assert.Equal("error: --units units.parquet is a Parquet file; the units file is CSV: a header naming a 'unit' column and the columns to group by, then a row per unit, in UTF-8 (Excel: CSV UTF-8).", errors.Trim());
    }

    /// <summary>Runs <c>ita batch</c> on a synthetic year of <paramref name="units"/> units (100 respondents each) with
    /// a units file <paramref name="unitsFile"/> of <paramref name="unitsText"/> and <paramref name="options"/>.</summary>
    private (string Out, string Error, int Code) WithUnits(int units, string unitsFile, string unitsText, params string[] options)
    {
        Run("synth", "--out-dir", _dir.FullName, "--units", units.ToString(CultureInfo.InvariantCulture), "--respondents", (units * 100).ToString(CultureInfo.InvariantCulture));
        var path = Path.Combine(_dir.FullName, unitsFile);
        File.WriteAllText(path, unitsText);
        return Run(["batch", Path.Combine(_dir.FullName, "answers.csv"), Path.Combine(_dir.FullName, "oit.csv"), "--units", path, .. options]);
    }

    /// <summary>A units file with <paramref name="unitsText"/> and an answers file with a header only.</summary>
    private (string Units, string Answers) EmptyYear(string unitsText)
    {
        var units = Path.Combine(_dir.FullName, "units.csv");
        File.WriteAllText(units, unitsText);
        var answers = Path.Combine(_dir.FullName, "answers.csv");
        File.WriteAllText(answers, "unit,tool,respondent,item,part,answer\n");
        return (units, answers);
    }

    internal static (DataField[] Fields, Dictionary<string, object?[]> Columns) ReadParquet(string path)
    {
        return Read().GetAwaiter().GetResult();

        async Task<(DataField[], Dictionary<string, object?[]>)> Read()
        {
            await using var reader = await ParquetReader.CreateAsync(path);
            var fields = reader.Schema.DataFields;
            var columns = new Dictionary<string, object?[]>(StringComparer.Ordinal);
            using var group = reader.OpenRowGroupReader(0);
            var n = (int)group.RowCount;
            foreach (var field in fields)
            {
                columns[field.Name] = field is DecimalDataField ? await Values<decimal>(group, field, n)
                    : field.ClrType == typeof(int) ? await Values<int>(group, field, n)
                    : field.ClrType == typeof(bool) ? await Values<bool>(group, field, n)
                    : await Strings(group, field, n);
            }

            return (fields, columns);
        }

        static async Task<object?[]> Strings(ParquetRowGroupReader group, DataField field, int n)
        {
            var values = new string?[n];
            await group.ReadAsync(field, values.AsMemory());
            return values;
        }

        static async Task<object?[]> Values<T>(ParquetRowGroupReader group, DataField field, int n)
            where T : struct
        {
            if (field.IsNullable)
            {
                var nullable = new T?[n];
                await group.ReadAsync(field, nullable.AsMemory());
                return nullable.Select(v => (object?)v).ToArray();
            }

            var values = new T[n];
            await group.ReadAsync(field, values.AsMemory());
            return values.Select(v => (object?)v).ToArray();
        }
    }

    private static (string Out, string Error, int Code) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, new Terminal(1000, false));
        return (output.ToString(), error.ToString(), code);
    }
}
