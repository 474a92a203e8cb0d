using Ita.Model.Analysis;
using Ita.Model.Documents;
using Ita.Model.Reports;

namespace Ita.Model.Tests.Reports;

/// <summary>Text reports laid out for a width: no line wider, tables wrapped or stacked, nothing lost.</summary>
public sealed class TextLayoutTests
{
    private static readonly string[] Fixtures2 = ["g1-khamriang-2564.json", "g2-bankum-2568-items.json", "g2-bankum-2568-indicators.json"];

    public static TheoryData<int, ReportLanguage, bool> Widths()
    {
        var data = new TheoryData<int, ReportLanguage, bool>();
        foreach (var width in new[] { 40, 50, 60, 72, 80, 100, 132 })
        {
            foreach (var language in Enum.GetValues<ReportLanguage>())
            {
                data.Add(width, language, width % 20 == 0);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Reports_AtAWidth_HaveNoLineWiderThanIt(int width, ReportLanguage language, bool thaiDigits)
    {
        var options = new ReportOptions(language, thaiDigits) { TextColumns = width };
        var texts = new List<string>();
        foreach (var name in Fixtures2)
        {
            var document = AssessmentDocument.LoadFile(Fixtures.Golden(name));
            var card = document.Score();
            texts.Add(ReportRenderer.Render(ScoreAnalysis.Analyze(card), ReportFormat.Text, document.Unit, options));
            texts.Add(ReportRenderer.Render(ScoreAnalysis.Analyze(card, new AnalysisOptions(85m, AnalysisTarget.ForLevel(card.Edition.Grading.Levels[0].Code), 10m)), ReportFormat.Text, document.Unit, options));
            texts.Add(ReportRenderer.Render(card, ReportFormat.Text, document.Unit, options));
        }

        texts.Add(ReportRenderer.Render(
            YearOverYear.Compare(AssessmentDocument.LoadFile(Fixtures.Path("yoy", "synthetic-2565.json")), AssessmentDocument.LoadFile(Fixtures.Path("yoy", "synthetic-2568.json"))),
            ReportFormat.Text,
            options));

        foreach (var line in texts.SelectMany(t => t.Split('\n')))
        {
            Assert.True(TextWidth.Of(line) <= width, $"{TextWidth.Of(line)} > {width}: {line}");
        }
    }

    [Fact]
    public void ANarrowWidth_StacksATableThatCannotFit_KeepingEveryValue()
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-items.json"));
        var text = ReportRenderer.Render(ScoreAnalysis.Analyze(document.Score()), ReportFormat.Text, document.Unit, new ReportOptions { TextColumns = 40 });

        // The plan's seven columns cannot fit 40 cells: each row is written as "header: value" lines.
        Assert.Contains("  คะแนนรวม (total): 97.76", text, StringComparison.Ordinal);
        Assert.Contains("ลำดับ (step): 4", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AWideWidth_LeavesTablesUnwrapped()
    {
        var document = AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-items.json"));
        var text = ReportRenderer.Render(document.Score(), ReportFormat.Text, document.Unit, new ReportOptions { TextColumns = 200 });

        Assert.Contains("การใช้ทรัพย์สินของราชการ (Use of government property)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(39)]
    public void TextColumns_BelowForty_IsRejected(int width)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportOptions { TextColumns = width });
    }

    [Fact]
    public void Wrap_BreaksAtSpaces_AndInsideAWordOnlyWhenItAloneIsTooWide()
    {
        Assert.Equal(["ab cd", "ef"], TextWidth.Wrap("ab cd ef", 5));
        Assert.Equal(["abc", "def", "g"], TextWidth.Wrap("abcdefg", 3));
        Assert.Equal(["x", "yy"], TextWidth.Wrap("x yy", 1, 2));
        Assert.Equal([string.Empty], TextWidth.Wrap(string.Empty, 3));

        // ที่ is one cell: the letter with its vowel and tone mark is never split.
        Assert.Equal(["ที่นี่"], TextWidth.Wrap("ที่นี่", 2));
        Assert.Equal(["ที่", "นี่"], TextWidth.Wrap("ที่นี่", 1));
    }
}
