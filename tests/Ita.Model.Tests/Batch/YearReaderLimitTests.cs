using System.Text;
using Ita.Model.Batch;

namespace Ita.Model.Tests.Batch;

/// <summary>Hostile and careless input to the year readers (issue 10): typed problems, never a crash; skip mode creates
/// nothing from a skipped row; limits stop the read with a <c>limit</c> problem; work and memory stay bounded.</summary>
public sealed class YearReaderLimitTests
{
    private const string Header = "unit,tool,respondent,item,part,answer\n";
    private const string Doc = """{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "ID"}, "responses": {"iit": [{"i1": 3}]}}""";
    private static readonly YearReadOptions Skip = new() { FiscalYear = 2568, OnBadRow = BadRowHandling.Skip };

    [Fact]
    public void Json_InvalidUtf8InAString_IsAnEncodingProblem_NotACrash()
    {
        var bytes = Concat(
            Line(Doc.Replace("\"ID\"", "\"A\"", StringComparison.Ordinal)),
            Encoding.UTF8.GetBytes("{\"schemaVersion\": 1, \"fiscalYear\": 2568, \"unit\": {\"id\": \"B"),
            [0xFF],
            Encoding.UTF8.GetBytes("\"}, \"responses\": {\"iit\": [{\"i1\": 3}]}}\n"),
            Line(Doc.Replace("\"ID\"", "\"C\"", StringComparison.Ordinal)));

        var ex = Assert.Throws<ItaValidationException>(() => YearData.LoadJson(new MemoryStream(bytes)));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(("encoding", "$[1]", 2), (problem.Code, problem.Path, problem.Line!.Value));

        var year = YearData.LoadJson(new MemoryStream(bytes), options: Skip);
        Assert.Equal(["A", "C"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        Assert.Equal("encoding", Assert.Single(year.ReadProblems).Code);
    }

    [Theory]
    [InlineData("""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A\ud800"}, "responses": {"iit": [{"i1": 3}]}}""")]
    [InlineData("""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A"}, "responses": {"iit": [{"i1\udc00": 3}]}}""")]
    [InlineData("""{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A"}, "responses": {"oit": {"o1": {"disclosed": true, "note": "\ud800x"}}}}""")]
    [InlineData("""[{"schemaVersion": 1, "fiscalYear": 2568, "unit": {"id": "A"}, "responses": {}, "\ud83d": 1}]""")]
    public void Json_AnEscapedLoneSurrogate_IsAnEncodingProblem_AndTheDocumentIsSkipped(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.StartsWith('[') ? text : text + "\n" + Doc);

        var ex = Assert.Throws<ItaValidationException>(() => YearData.LoadJson(new MemoryStream(bytes)));
        Assert.Equal(("encoding", "$[0]"), (Assert.Single(ex.Problems).Code, ex.Problems[0].Path));

        if (!text.StartsWith('['))
        {
            var year = YearData.LoadJson(new MemoryStream(bytes), options: Skip);
            Assert.Equal(["ID"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        }
    }

    [Fact]
    public void Json_Skip_AMalformedLineLongerThanTheReadBuffer_IsSkippedToTheNextLine()
    {
        // The syntax error is near the start; the rest of the line (3 MB) crosses the 1 MiB read buffer several times.
        var text = Doc.Replace("\"ID\"", "\"A\"", StringComparison.Ordinal) + "\n{\"schemaVersion\": tru" + new string('x', 3 << 20) + "\n" + Doc.Replace("\"ID\"", "\"B\"", StringComparison.Ordinal) + "\n";

        var year = YearData.LoadJson(Stream(text), options: Skip);

        Assert.Equal(["A", "B"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        var problem = Assert.Single(year.ReadProblems);
        Assert.Equal(("syntax", 2), (problem.Code, problem.Line!.Value));
    }

    [Fact]
    public void Json_Skip_ARespondentWithABadAnswer_IsSkippedWhole_InAGoodDocument_AndReportedWithItsLine()
    {
        // Issue 10: the good document is kept, its respondent with a bad value is not (neither it nor its good answers).
        var text = Doc.Replace("\"A\"", "\"A\"", StringComparison.Ordinal) + "\n" + Doc
            .Replace("\"ID\"", "\"B\"", StringComparison.Ordinal)
            .Replace("[{\"i1\": 3}]", "[{\"i1\": 3}, {\"i1\": 2, \"i2\": 9, \"i4\": 1}, {\"i2\": 1}, {\"i1\": 1, \"i1\": 2}, {\"i1\": 0, \"zz\": 1}]", StringComparison.Ordinal);

        var year = YearData.LoadJson(Stream(text), options: Skip);

        Assert.Equal(["ID", "B"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        var b = year.GetResponses(1);
        Assert.Equal(2, b.Iit.Count); // respondents 0 and 2; 1 (i2 out of scale), 3 (i1 twice) and 4 (unknown item) skipped
        Assert.Equal([3], b.Iit[0].Answers["i1"]);
        Assert.Equal([1], b.Iit[1].Answers["i2"]);
        Assert.Equal(3, year.AnswerCount); // ID's i1, B's i1 of respondent 0 and i2 of respondent 2: none of a skipped respondent
        Assert.Equal(
            [("out-of-scale", "$[1].responses.iit[1].i2", 2), ("duplicate-key", "$[1].responses.iit[3].i1", 2), ("unknown-item", "$[1].responses.iit[4].zz", 2)],
            year.ReadProblems.Select(p => (p.Code, p.Path, p.Line!.Value)));
        Assert.All(year.ReadProblems, p => Assert.NotNull(p.Column));

        // Stop mode stops at the first of them.
        var ex = Assert.Throws<ItaValidationException>(() => YearData.LoadJson(Stream(text), options: new YearReadOptions { FiscalYear = 2568 }));
        Assert.Equal("$[1].responses.iit[1].i2", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Json_ResponsesThatAreNotAnObject_SkipTheDocument_WithoutAddingTheUnit()
    {
        var text = Doc.Replace("{\"iit\": [{\"i1\": 3}]}", "[1]", StringComparison.Ordinal) + "\n" + Doc;

        var year = YearData.LoadJson(Stream(text), options: Skip);

        Assert.Equal(["ID"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        Assert.Equal(("wrong-type", "$[0].responses"), (Assert.Single(year.ReadProblems).Code, year.ReadProblems[0].Path));
    }

    [Theory]
    [InlineData("1.0000000000000000000000000001", null, "not-integer")] // beyond decimal: it must not be rounded to 1
    [InlineData("0.99999999999999999999999999999", null, "number-precision")]
    [InlineData("2.5", null, "not-integer")]
    [InlineData("1e-400", null, "number-precision")]
    [InlineData("99999999999999999999", null, "not-integer")]
    [InlineData("2.0", 2, null)]
    [InlineData("3e1", 30, null)]
    [InlineData("300e-2", 3, null)]
    public void Json_UnitMinimums_AreReadExactly_NeverRounded(string number, int? expected, string? code)
    {
        var text = Doc.Replace("\"responses\": {", "\"responses\": {\"minimumRespondents\": {\"iit\": " + number + "}, ", StringComparison.Ordinal);

        var year = YearData.LoadJson(Stream(text), options: Skip);

        if (expected is { } minimum)
        {
            Assert.Empty(year.ReadProblems);
            Assert.Equal(minimum, year.Units[0].MinimumRespondents[Tool.Iit]);
        }
        else
        {
            Assert.Equal((code, "$[0].responses.minimumRespondents.iit"), (Assert.Single(year.ReadProblems).Code, year.ReadProblems[0].Path));
            Assert.Empty(year.Units[0].MinimumRespondents);
        }
    }

    [Fact]
    public void Csv_Skip_ABadRowNeverCreatesAUnitOrARespondent_AndEveryRowIsReported()
    {
        var csv = Header + "U1,iit,1,i1,,3\nGHOST,xit,1,i1,,3\nU1,iit,2,i1,,9\nU2,eit,1,e99,,3\nU1,iit,3,i1,,1\nU3,iit,1,i1,,2\nU1,iit,4,i1,,0\nU1,iit,5,i2,,1\n";

        var year = YearData.LoadCsv(Stream(csv), null, options: Skip);

        Assert.Equal(["U1", "U3"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        Assert.Equal(2, year.Units[0].IitRespondents); // respondents 1 and 3; 2 had only a bad row
        Assert.Equal(
            [(3, "tool"), (4, "out-of-scale"), (5, "unknown-item"), (8, "unit-not-contiguous"), (9, "unit-not-contiguous")],
            year.ReadProblems.Select(p => (p.Line!.Value, p.Code)));
        Assert.Equal(3, year.AnswerCount);
    }

    [Fact]
    public void Csv_UnitsAndRespondentsThatAreNotUtf8_AreRejected_NeverMergedAsReplacementCharacters()
    {
        var bytes = Concat(Encoding.UTF8.GetBytes(Header), "U"u8.ToArray(), [0xFF], ",iit,1,i1,,3\nU"u8.ToArray(), [0xFE], ",iit,1,i1,,3\nU1,iit,r"u8.ToArray(), [0xC3], ",i1,,3\nU1,iit,1,i1,,3\n"u8.ToArray());

        var year = YearData.LoadCsv(new MemoryStream(bytes), null, options: Skip);

        Assert.Equal(["U1"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        Assert.Equal([(2, "$[2].unit"), (3, "$[3].unit"), (4, "$[4].respondent")], year.ReadProblems.Select(p => (p.Line!.Value, p.Path)));
        Assert.All(year.ReadProblems, p => Assert.Equal("encoding", p.Code));
        var oit = Concat("unit,item,disclosed\nU"u8.ToArray(), [0xFF], ",o1,1\n"u8.ToArray());
        Assert.Equal("encoding", Assert.Single(Assert.Throws<ItaValidationException>(() => YearData.LoadCsv(Stream(Header), new MemoryStream(oit), options: new YearReadOptions { FiscalYear = 2568 })).Problems).Code);
    }

    [Fact]
    public void Skip_StopsAtTheProblemCap_WithALimitProblemNamingHowToRaiseIt()
    {
        var csv = Header + string.Concat(Enumerable.Range(1, 50).Select(i => $"U1,iit,{i},i1,,9\n"));

        var ex = Assert.Throws<ItaValidationException>(() => YearData.LoadCsv(Stream(csv), null, options: new YearReadOptions { FiscalYear = 2568, OnBadRow = BadRowHandling.Skip, MaxReportedProblems = 5 }));

        Assert.Equal(6, ex.Problems.Count);
        Assert.All(ex.Problems.Take(5), p => Assert.Equal("out-of-scale", p.Code));
        var limit = ex.Problems[5];
        Assert.Equal(("limit", 7), (limit.Code, limit.Line!.Value));
        Assert.Contains("MaxReportedProblems", limit.Message, StringComparison.Ordinal);
        Assert.Contains("--limit problems=N", limit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_ProblemsHeldBeforeTheEditionIsKnown_AreCapped()
    {
        // No document names an edition, so nothing can be built; the problems wait, and the cap still holds.
        var text = string.Concat(Enumerable.Range(0, 100).Select(i => """{"schemaVersion": 1, "unit": {"id": "A"}, "responses": {}}""" + "\n"));

        var ex = Assert.Throws<ItaValidationException>(() => YearData.LoadJson(Stream(text), options: new YearReadOptions { OnBadRow = BadRowHandling.Skip, MaxReportedProblems = 10 }));

        Assert.Equal(11, ex.Problems.Count);
        Assert.Equal("limit", ex.Problems[^1].Code);
        Assert.Equal(11, ex.Problems[^1].Line);
    }

    [Fact]
    public void Csv_ALineLongerThanTheLimit_StopsTheRead_WithoutReadingItWhole()
    {
        var stream = new EndlessStream(Encoding.UTF8.GetBytes(Header + "U1,iit,1,i1,,3\nU1,iit,"), (byte)'7');

        var ex = Assert.Throws<ItaValidationException>(() => YearData.LoadCsv(stream, null, options: Skip));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(("limit", "$[3]", 3), (problem.Code, problem.Path, problem.Line!.Value));
        Assert.Contains("MaxLineBytes", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--limit line-bytes=N", problem.Message, StringComparison.Ordinal);
        Assert.True(stream.Served < 4 << 20, $"read {stream.Served} bytes of an endless line");

        var small = new YearReadOptions { FiscalYear = 2568, MaxLineBytes = 20 };
        Assert.Equal(2, YearData.LoadCsv(Stream(Header.Replace("answer\n", "answer\r\n", StringComparison.Ordinal) + "U1,iit,1,i1,,3\r\nU1,iit,1,i2,,3"), null, options: new YearReadOptions { FiscalYear = 2568, MaxLineBytes = 37 }).AnswerCount);
        Assert.Equal("limit", Assert.Single(Assert.Throws<ItaValidationException>(() => YearData.LoadCsv(Stream(Header), null, options: small)).Problems).Code);
    }

    [Fact]
    public void Json_ADocumentLongerThanTheLimit_StopsTheRead_WithoutReadingItWhole()
    {
        var stream = new EndlessStream(Encoding.UTF8.GetBytes(Doc + "\n" + """{"schemaVersion": 1, "x": [1"""), (byte)' ');

        var ex = Assert.Throws<ItaValidationException>(() => YearData.LoadJson(stream, options: new YearReadOptions { OnBadRow = BadRowHandling.Skip, MaxDocumentBytes = 1 << 20 }));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(("limit", "$[1]", 2), (problem.Code, problem.Path, problem.Line!.Value));
        Assert.Contains("MaxDocumentBytes", problem.Message, StringComparison.Ordinal);
        Assert.True(stream.Served < 8 << 20, $"read {stream.Served} bytes of an endless document");
    }

    [Fact]
    public void UnitRespondentAndAnswerLimits_StopTheRead_WithTypedLimitProblems()
    {
        var units = Header + "A,iit,1,i1,,3\nB,iit,1,i1,,3\nC,iit,1,i1,,3\n";
        AssertLimit(() => YearData.LoadCsv(Stream(units), null, options: new YearReadOptions { FiscalYear = 2568, MaxUnits = 2 }), "MaxUnits", 4);
        AssertLimit(() => YearData.LoadCsv(Stream(Header), Stream("unit,item,disclosed\nA,o1,1\nB,o1,1\nC,o1,1\n"), options: new YearReadOptions { FiscalYear = 2568, MaxUnits = 2 }), "MaxUnits", 4);
        Assert.Equal(3, YearData.LoadCsv(Stream(units), null, options: new YearReadOptions { FiscalYear = 2568, MaxUnits = 3 }).Units.Count);

        var respondents = Header + "A,iit,1,i1,,3\nA,iit,2,i1,,3\nA,eit,1,e1,,3\nA,eit,2,e1,,3\nA,iit,x,i1,,3\n";
        AssertLimit(() => YearData.LoadCsv(Stream(respondents), null, options: new YearReadOptions { FiscalYear = 2568, MaxRespondentsPerUnit = 2 }), "MaxRespondentsPerUnit", 6);

        var answers = Header + "A,iit,1,i1,,3\nA,iit,1,i2,,3\nA,iit,1,i2,,3\n";
        AssertLimit(() => YearData.LoadCsv(Stream(answers), null, options: new YearReadOptions { FiscalYear = 2568, OnBadRow = BadRowHandling.Skip, MaxAnswersPerRespondent = 2 }), "MaxAnswersPerRespondent", 4);

        var json = Doc.Replace("[{\"i1\": 3}]", "[{\"i1\": 3}, {\"i1\": 2}, {\"i1\": 1}]", StringComparison.Ordinal) + "\n" + Doc.Replace("\"ID\"", "\"B\"", StringComparison.Ordinal);
        AssertLimit(() => YearData.LoadJson(Stream(json), options: new YearReadOptions { MaxRespondentsPerUnit = 2 }), "MaxRespondentsPerUnit", 1);
        AssertLimit(() => YearData.LoadJson(Stream(json), options: new YearReadOptions { MaxUnits = 1 }), "MaxUnits", 2);
        AssertLimit(() => YearData.LoadJson(Stream(Doc.Replace("{\"i1\": 3}", "{\"i1\": 3, \"i2\": 3, \"zz\": 1}", StringComparison.Ordinal)), options: new YearReadOptions { OnBadRow = BadRowHandling.Skip, MaxAnswersPerRespondent = 2 }), "MaxAnswersPerRespondent", 1);
        Assert.Throws<ArgumentException>(() => YearData.LoadCsv(Stream(units), null, options: new YearReadOptions { FiscalYear = 2568, MaxLineBytes = 0 }));
    }

    [Fact]
    public void AnswersOfManyTinyUnits_StopAtTheUnitLimit_InsteadOfGrowingWithoutBound()
    {
        // 500,000 one-row units took 2.2 GB before the limit; now the read stops at the default 100,000 units.
        var stream = new GeneratedRows(i => $"U{i:D7},iit,1,i1,,3\n", 500_000);

        var ex = Assert.Throws<ItaValidationException>(() => YearData.LoadCsv(stream, null, options: new YearReadOptions { FiscalYear = 2568 }));

        Assert.Equal("limit", Assert.Single(ex.Problems).Code);
        Assert.Equal(100_002, ex.Problems[0].Line);
    }

    private static void AssertLimit(Func<YearData> read, string limit, int line)
    {
        var ex = Assert.Throws<ItaValidationException>(() => read());
        var problem = ex.Problems[^1];
        Assert.Equal("limit", problem.Code);
        Assert.Contains("YearReadOptions." + limit, problem.Message, StringComparison.Ordinal);
        Assert.Equal(line, problem.Line);
    }

    private static byte[] Line(string text) => Encoding.UTF8.GetBytes(text + "\n");

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>A prefix, then one byte forever: a line or document without end.</summary>
    private sealed class EndlessStream(byte[] prefix, byte fill) : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = Served + i < prefix.Length ? prefix[Served + i] : fill;
            }

            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>The answers header, then generated rows.</summary>
    private sealed class GeneratedRows(Func<int, string> row, int count) : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes(Header);
        private int _at;
        private int _next;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count1)
        {
            var written = 0;
            while (written < count1)
            {
                if (_at == _pending.Length)
                {
                    if (_next == count)
                    {
                        break;
                    }

                    _pending = Encoding.UTF8.GetBytes(row(_next++));
                    _at = 0;
                }

                var n = Math.Min(count1 - written, _pending.Length - _at);
                _pending.AsSpan(_at, n).CopyTo(buffer.AsSpan(offset + written));
                _at += n;
                written += n;
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count1) => throw new NotSupportedException();
    }
}
