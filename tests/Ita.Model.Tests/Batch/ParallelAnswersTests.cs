using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Batch;

namespace Ita.Model.Tests.Batch;

/// <summary>The parallel answers reader gives the sequential reader's year exactly, and hands anything but clean input
/// back to it.</summary>
public sealed class ParallelAnswersTests
{
    [ItaProperty(60)]
    public Property Parallel_ReadsAnyCleanYear_AsTheSequentialReaderDoes_WhateverTheBlockSize()
    {
        return Prop.ForAll(ItaArbitraries.Years("2568", "2563-2565"), Gen.Choose(64, 4096).ToArbitrary(), Gen.Choose(2, 4).ToArbitrary(), (GeneratedYear generated, int blockBytes, int threads) =>
        {
            var year = generated.Build();
            using var answers = new MemoryStream();
            using var oit = new MemoryStream();
            year.WriteCsv(answers, oit);
            var options = new YearReadOptions { Edition = generated.Edition, FiscalYear = year.FiscalYear };

            answers.Position = 0;
            var sequentialSession = new YearReadSession(options);
            new YearCsvSequential(answers, sequentialSession).Run();
            var sequential = sequentialSession.Build(null);

            answers.Position = 0;
            var session = new YearReadSession(options);
            Assert.True(ParallelAnswers.TryRead(answers, session, session.Builder!, blockBytes, threads, minBytes: 0));
            var parallel = session.Build(null);

            Assert.Equal(Text(sequential), Text(parallel));
            Assert.Equal(sequential.Units.Select(u => (u.Id, u.IitRespondents, u.EitRespondents)), parallel.Units.Select(u => (u.Id, u.IitRespondents, u.EitRespondents)));
            Assert.Equal(sequential.AnswerCount, parallel.AnswerCount);
            Cards.AssertSame(new BatchEngine(1).Score(sequential), new BatchEngine(2).Score(parallel));
        });
    }

    [Theory]
    [InlineData("unit,tool,respondent,item,part,answer\nA,iit,1,i1,,3\nB,iit,1,i1,,3\nA,iit,1,i2,,3\n")] // A's rows are not contiguous
    [InlineData("unit,tool,respondent,item,part,answer\nA,iit,1,i1,,3\nB,iit,1,i1,,9\nC,iit,1,i2,,3\n")] // a bad row
    [InlineData("unit,tool,respondent,item,part,answer\nA,iit,1,i1,,3\nA,iit,1,i1,,2\n")] // a duplicate answer
    [InlineData("unit,tool,respondent,item,answer\nA,iit,1,i1,3\n")] // not the header
    public void Parallel_HandsAnyProblemBackToTheSequentialReader_WithTheStreamRewound(string csv)
    {
        var bytes = Encoding.UTF8.GetBytes(csv + string.Concat(Enumerable.Range(0, 200).Select(i => $"Z{i},eit,1,e1,,1\n")));
        using var stream = new MemoryStream(bytes);
        stream.Position = 0;
        var session = new YearReadSession(new YearReadOptions { FiscalYear = 2568 });

        Assert.False(ParallelAnswers.TryRead(stream, session, session.Builder!, blockBytes: 64, threads: 2, minBytes: 0));

        Assert.Equal(0, stream.Position);
        Assert.Equal(0, session.Builder!.UnitCount);
        var ex = Record.Exception(() => YearData.LoadCsv(new MemoryStream(bytes), null, options: new YearReadOptions { FiscalYear = 2568 }));
        Assert.IsType<ItaValidationException>(ex);
    }

    [Fact]
    public void Parallel_AUnitLargerThanABlock_GrowsTheBlock()
    {
        var csv = "unit,tool,respondent,item,part,answer\n" + string.Concat(Enumerable.Range(1, 300).Select(r => $"BIG,iit,{r},i1,,3\n")) + "SMALL,eit,1,e1,,2\n";
        var session = new YearReadSession(new YearReadOptions { FiscalYear = 2568 });

        Assert.True(ParallelAnswers.TryRead(new MemoryStream(Encoding.UTF8.GetBytes(csv)), session, session.Builder!, blockBytes: 256, threads: 2, minBytes: 0));

        var year = session.Build(null);
        Assert.Equal(["BIG", "SMALL"], year.Units.Select(u => u.Id), StringComparer.Ordinal);
        Assert.Equal(300, year.Units[0].IitRespondents);
    }

    private static string Text(YearData year)
    {
        using var answers = new MemoryStream();
        using var oit = new MemoryStream();
        year.WriteCsv(answers, oit);
        return Encoding.UTF8.GetString(answers.ToArray());
    }

    /// <summary>The sequential reader alone (never the parallel path).</summary>
    private sealed class YearCsvSequential(Stream stream, YearReadSession session)
    {
        public void Run() => YearCsv.ReadSequential(stream, null, session, session.Builder!);
    }
}
