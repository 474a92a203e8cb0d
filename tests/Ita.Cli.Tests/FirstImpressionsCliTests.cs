using System.Globalization;
using Ita.Model.Reports;

namespace Ita.Cli.Tests;

/// <summary>What a new user meets: messages that name the mistake, output that fits an 80-column terminal, colour
/// only on a terminal, the what-if sentence in the report's language.</summary>
public sealed class FirstImpressionsCliTests
{
    private static readonly Terminal Eighty = new(80, false);

    [Fact]
    public void Ita_Alone_ListsTheCommands_WithOptionalArgumentsShownOptional()
    {
        var (code, output, error) = CliRunner.RunAt(Eighty);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Commands:", output, StringComparison.Ordinal);
        Assert.Contains("  report [<file>]", output, StringComparison.Ordinal);
        Assert.Contains("  score <file>", output, StringComparison.Ordinal);
        Assert.Contains("  batch <input>...", output, StringComparison.Ordinal);
        Assert.Equal(output, CliRunner.RunAt(Eighty, "--help").Out);
    }

    [Fact]
    public void UnknownOption_IsNamed_WithTheClosestValidOne()
    {
        var (code, _, error) = CliRunner.Run("report", "--formt", "html");

        Assert.Equal(2, code);
        Assert.Contains("unknown option '--formt' for 'ita report'; did you mean '--format'?", error, StringComparison.Ordinal);
        Assert.DoesNotContain("'html'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_IsNamed_WithTheClosestCommand()
    {
        var (code, _, error) = CliRunner.Run("reprot");

        Assert.Equal(2, code);
        Assert.Contains("unknown command 'reprot'; did you mean 'ita report'?", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--threshold", "abc", "--threshold expects a number such as 85, not 'abc'.")]
    [InlineData("--gain-cap", "ten", "--gain-cap expects a number such as 85, not 'ten'.")]
    public void BadNumber_IsDescribedInUserTerms(string option, string value, string message)
    {
        var (code, _, error) = CliRunner.Run("report", option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<input> expects a file name, not ''.", "batch", "")]
    [InlineData("<input> expects a file name, not ''.", "batch", "answers.csv", "")]
    [InlineData("--out expects a file name, not ''.", "batch", "answers.csv", "--out", "")]
    [InlineData("--group-out expects a file name, not ''.", "batch", "answers.csv", "--units", "units.csv", "--group-by", "province", "--group-out", "")]
    [InlineData("--edition-file expects a file name, not ''.", "batch", "answers.csv", "--edition-file", "")]
    public void AnEmptyFileName_IsAUsageError_BeforeAnythingIsRead(string message, params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.Contains("error: " + message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected failure", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void OptionValues_AreCaseInsensitive()
    {
        var (code, output, _) = CliRunner.Run("report", "--format", "HTML", "--lang", "TH");

        Assert.Equal(0, code);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Contains("lang=\"th\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueThatIsNoChoice_NamesTheChoicesAndTheClosest()
    {
        var (code, _, error) = CliRunner.Run("report", "--format", "htm");

        Assert.Equal(2, code);
        Assert.Contains("--format must be one of text, markdown, html, json, xlsx, not 'htm'; did you mean 'html'?", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("report")]
    [InlineData("validate")]
    [InlineData("audit")]
    public void ADirectoryGivenAsAFile_Exits2_SayingItIsADirectory(string command)
    {
        var directory = Directory.CreateTempSubdirectory("ita-dir-");
        try
        {
            var (code, _, error) = CliRunner.Run(command, directory.FullName);

            Assert.Equal(2, code);
            Assert.Contains($"{directory.FullName} is a directory; give a file.", error, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete();
        }
    }

    public static TheoryData<string[]> Commands()
    {
        var g1 = Ita.Fixture("golden", "g1-khamriang-2564.json");
        var data = new TheoryData<string[]>
        {
            Array.Empty<string>(),
            new[] { "report" },
            new[] { "report", "--lang", "th" },
            new[] { "report", "--lang", "en" },
            new[] { "report", "--thai-digits" },
            new[] { "report", "--target", "excellent", "--gain-cap", "10" },
            new[] { "report", g1 },
            new[] { "score", Ita.Fixture("responses", "worked-example-2568.json") },
            new[] { "score", g1 },
            new[] { "compare", Ita.Fixture("yoy", "synthetic-2565.json"), Ita.Fixture("yoy", "synthetic-2566.json") },
            new[] { "compare", Ita.Fixture("yoy", "synthetic-2566.json"), Ita.Fixture("yoy", "synthetic-2568.json") },
            new[] { "measures", Ita.Fixture("measures", "g5-ummao-2565-plan.json"), "--status", Ita.Fixture("measures", "g5-ummao-2565-status.json") },
            new[] { "measures", Ita.Fixture("measures", "khamriang-2565-plan.json"), "--card", g1, "--round", "12" },
            new[] { "editions" },
            new[] { "audit", Ita.Fixture("golden", "g2-bankum-2568-published.json") },
            new[] { "validate", Ita.Fixture("golden", "g2-bankum-2568-published.json") },
            new[] { "validate", CliRunner.Fixture("bad", "many-problems.json") },
            new[] { "score", CliRunner.Fixture("bad", "unknown-item-2568.json") },
        };
        foreach (var command in new[] { "score", "report", "editions", "compare", "measures", "validate", "audit", "batch", "synth" })
        {
            data.Add([command, "--help"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void At80Columns_NoLineIsWiderThan80Cells(string[] args)
    {
        var (_, output, error) = CliRunner.RunAt(Eighty, args);

        var lines = (output + error).Split('\n');
        Assert.NotEmpty(output + error);
        var widest = lines.MaxBy(TextWidth.Of)!;
        Assert.True(TextWidth.Of(widest) <= 80, $"{TextWidth.Of(widest)} cells: {widest}");
    }

    [Theory]
    [InlineData("synth", "--out-dir")] // a required option
    [InlineData("batch", "Usage:")] // a required argument
    [InlineData("document", "Usage:")]
    public void Help_OfACommandWithRequiredInput_IsTheHelp_NotAnError(string command, string expected)
    {
        var (code, output, error) = CliRunner.Run(command, "--help");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("Description:", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run(command).ExitCode); // without --help, the missing input is still an error
    }

    [Fact]
    public void Width_ForcesTheLayout()
    {
        var wide = CliRunner.RunAt(Eighty, "report", "--width", "120").Out.Split('\n').Max(TextWidth.Of);
        var narrow = CliRunner.RunAt(Eighty, "report", "--width", "60").Out.Split('\n').Max(TextWidth.Of);

        Assert.InRange(wide, 81, 120);
        Assert.InRange(narrow, 40, 60);
        Assert.Equal(2, CliRunner.Run("report", "--width", "20").ExitCode);
    }

    [Fact]
    public void OnAColourTerminal_VerdictsAreColoured_AndNeverInMachineReadableOutput()
    {
        var colour = new Terminal(80, true);

        var text = CliRunner.RunAt(colour, "report").Out;
        var json = CliRunner.RunAt(colour, "report", "--format", "json").Out;
        var plain = CliRunner.RunAt(Eighty, "report").Out;

        Assert.Contains("\u001b[32mผ่านเกณฑ์ (passed)\u001b[0m", text, StringComparison.Ordinal);
        Assert.Contains("\u001b[31mจุดอ่อน (weakness)\u001b[0m", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', json);
        Assert.DoesNotContain('\u001b', plain);
        Assert.Equal(plain, text.Replace("\u001b[32m", string.Empty, StringComparison.Ordinal).Replace("\u001b[31m", string.Empty, StringComparison.Ordinal).Replace("\u001b[0m", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Colours_MarkDeclinedRed_ImprovedGreen_AndWholeWordsOnly()
    {
        Assert.Equal("\u001b[31mลดลง (declined)\u001b[0m", Colours.Apply("ลดลง (declined)"));
        Assert.Equal("\u001b[32mimproved\u001b[0m", Colours.Apply("improved"));
        Assert.Equal("\u001b[31mnot passed\u001b[0m", Colours.Apply("not passed"));
        Assert.Equal("bypassed", Colours.Apply("bypassed"));
    }

    [Fact]
    public void Redirected_WithNoColor_TheProgramWritesNoEscape()
    {
        var (code, output, _) = CliRunner.RunProcess(new Dictionary<string, string> { ["NO_COLOR"] = "1" }, "report");

        Assert.Equal(0, code);
        Assert.DoesNotContain('\u001b', output);
    }

    [Theory]
    [InlineData("th", "ปรับปรุง 1 ข้อ (o26) ถึงเป้าหมาย: คะแนนรวม 90.76 → 92.76, ระดับ ผ่าน → ผ่านดี")]
    [InlineData("en", "1 improvement (o26) reaches the target: total 90.76 → 92.76, grade Pass → Pass – good.")]
    public void WhatIfSentence_IsInTheReportsLanguage(string language, string sentence)
    {
        var output = CliRunner.Run("report", "--lang", language).Out;

        Assert.Contains(sentence, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bilingual_WhatIfSentence_IsInBothLanguages()
    {
        var output = CliRunner.Run("report").Out;

        Assert.Contains("ปรับปรุง 1 ข้อ (o26) ถึงเป้าหมาย", output, StringComparison.Ordinal);
        Assert.Contains("1 improvement (o26) reaches the target", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("both")]
    [InlineData("th")]
    [InlineData("en")]
    public void Reports_HaveNoNestedParentheses(string language)
    {
        var g1 = Ita.Fixture("golden", "g1-khamriang-2564.json");
        var outputs = new[]
        {
            CliRunner.Run("report", "--lang", language).Out,
            CliRunner.Run("report", "--lang", language, "--target", "excellent", "--gain-cap", "10").Out,
            CliRunner.Run("report", g1, "--lang", language).Out,
            CliRunner.Run("compare", Ita.Fixture("yoy", "synthetic-2566.json"), Ita.Fixture("yoy", "synthetic-2568.json"), "--lang", language).Out,
            CliRunner.Run("measures", Ita.Fixture("measures", "khamriang-2565-plan.json"), "--card", g1, "--round", "12", "--lang", language).Out,
        };

        foreach (var line in outputs.SelectMany(o => o.Split('\n')))
        {
            var depth = 0;
            foreach (var ch in line)
            {
                depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
                Assert.True(depth <= 1, $"Nested parentheses: {line}");
            }
        }
    }

    [Fact]
    public void TextWidth_CountsThaiMarksAsNoCell_AndWrapsWithoutSplittingALetterFromItsMarks()
    {
        Assert.Equal(2, TextWidth.Of("ที่นี่"));
        Assert.Equal(8, TextWidth.Of("คะแนนรวม"));
        var lines = TextWidth.Wrap("การใช้ทรัพย์สินของราชการ", 6);
        Assert.All(lines, l => Assert.InRange(TextWidth.Of(l), 1, 6));
        Assert.Equal("การใช้ทรัพย์สินของราชการ", string.Concat(lines));
        Assert.All(lines, l => Assert.False(char.GetUnicodeCategory(l[0]) == UnicodeCategory.NonSpacingMark, l));
        Assert.Equal(["a bc", "def"], TextWidth.Wrap("a bc def", 4));
    }
}
