using System.Globalization;
using Ita.Model.Thai;

namespace Ita.Model.Tests.Thai;

public class ThaiNumbersTests
{
    [Theory]
    [InlineData("๙๐.๔๒", "90.42")]
    [InlineData("๑๐๐.๐๐", "100.00")]
    [InlineData("๙0.4๒", "90.42")]
    [InlineData("90.42", "90.42")]
    [InlineData("๐", "0")]
    [InlineData("๐.๕๐", "0.50")]
    [InlineData("  ๗๑.๖๙๕ ", "71.695")]
    [InlineData("-๑.๕", "-1.5")]
    [InlineData("\u2212๑.๕", "-1.5")]
    [InlineData("+๑.๕", "1.5")]
    [InlineData("๑,๒๓๔.๕๐", "1234.50")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("๐๙๐.๔๒", "90.42")]
    [InlineData("\u200B๙๐.๔๒\u200B", "90.42")]
    public void Parse_ValidText_KeepsValueAndScale(string text, string expected)
    {
        var value = ThaiNumbers.Parse(text);
        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("", ProblemCodes.Empty, 1)]
    [InlineData("   ", ProblemCodes.Empty, 1)]
    [InlineData("๙๐x", ProblemCodes.InvalidNumber, 3)]
    [InlineData("abc", ProblemCodes.InvalidNumber, 1)]
    [InlineData("90,42", ProblemCodes.InvalidNumber, 3)]
    [InlineData("1234,567", ProblemCodes.InvalidNumber, 5)]
    [InlineData("๙๐.", ProblemCodes.InvalidNumber, 4)]
    [InlineData(".๕", ProblemCodes.InvalidNumber, 1)]
    [InlineData("-", ProblemCodes.InvalidNumber, 2)]
    [InlineData("๙๐ .๔๒", ProblemCodes.InvalidNumber, 4)]
    [InlineData("๙๐.๔๒%", ProblemCodes.InvalidNumber, 6)]
    [InlineData("1.2.3", ProblemCodes.InvalidNumber, 4)]
    [InlineData("12345678901234567890123456789", ProblemCodes.InvalidNumber, 1)]
    [InlineData("0.12345678901234567890123456789", ProblemCodes.InvalidNumber, 1)]
    public void Parse_InvalidText_ThrowsWithCodeAndColumn(string text, string code, int column)
    {
        var ex = Assert.Throws<ItaValidationException>(() => ThaiNumbers.Parse(text));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal("$", problem.Path);
        Assert.Equal(1, problem.Line);
        Assert.Equal(column, problem.Column);
    }

    [Fact]
    public void Parse_InvalidText_MessageQuotesTextAndPosition()
    {
        var ex = Assert.Throws<ItaValidationException>(() => ThaiNumbers.Parse("๙๐x"));
        var message = ex.Problems[0].Message;
        Assert.Contains("\"x\"", message, StringComparison.Ordinal);
        Assert.Contains("column 3", message, StringComparison.Ordinal);
        Assert.Contains("\"๙๐x\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CallerPath_IsReported()
    {
        var ex = Assert.Throws<ItaValidationException>(() => ThaiNumbers.Parse("x", new ThaiParseOptions { Path = "$.scores[2]" }));
        Assert.Equal("$.scores[2]", ex.Problems[0].Path);
        Assert.Contains("$.scores[2] (line 1, column 1)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => ThaiNumbers.Parse(null!));
    }

    [Fact]
    public void TryParse_Valid_ReturnsTrue()
    {
        Assert.True(ThaiNumbers.TryParse("๙๐.๔๒", out var value));
        Assert.Equal(90.42m, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("๙๐x")]
    [InlineData("90,42")]
    public void TryParse_Invalid_ReturnsFalse(string? text)
    {
        Assert.False(ThaiNumbers.TryParse(text, out var value));
        Assert.Equal(0m, value);
    }

    [Fact]
    public void TryParse_WithProblem_ReportsProblem()
    {
        Assert.False(ThaiNumbers.TryParse("๙๐x", new ThaiParseOptions { Path = "$.x" }, out _, out var problem));
        Assert.Equal(ProblemCodes.InvalidNumber, problem.Code);
        Assert.Equal("$.x", problem.Path);
        Assert.Equal(3, problem.Column);

        Assert.True(ThaiNumbers.TryParse("๙๐", null, out var value, out var none));
        Assert.Null(none);
        Assert.Equal(90m, value);
    }

    [Fact]
    public void TryParse_Null_ReportsEmpty()
    {
        Assert.False(ThaiNumbers.TryParse(null, null, out _, out var problem));
        Assert.Equal(ProblemCodes.Empty, problem.Code);
    }

    [Theory]
    [InlineData("90.42", "๙๐.๔๒")]
    [InlineData("0123456789", "๐๑๒๓๔๕๖๗๘๙")]
    [InlineData("31 มีนาคม 2565", "๓๑ มีนาคม ๒๕๖๕")]
    [InlineData("", "")]
    [InlineData("abc", "abc")]
    [InlineData("๙0", "๙๐")]
    public void ToThaiDigits_ReplacesArabicDigits(string text, string expected)
    {
        Assert.Equal(expected, ThaiNumbers.ToThaiDigits(text));
    }

    [Theory]
    [InlineData("๙๐.๔๒", "90.42")]
    [InlineData("๐๑๒๓๔๕๖๗๘๙", "0123456789")]
    [InlineData("๓1 มีนาคม ๒๕65", "31 มีนาคม 2565")]
    [InlineData("abc", "abc")]
    public void ToArabicDigits_ReplacesThaiDigits(string text, string expected)
    {
        Assert.Equal(expected, ThaiNumbers.ToArabicDigits(text));
    }

    [Fact]
    public void ToThaiDigits_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ThaiNumbers.ToThaiDigits(null!));
        Assert.Throws<ArgumentNullException>(() => ThaiNumbers.ToArabicDigits(null!));
    }

    [Theory]
    [InlineData("90.42", 2, true, "๙๐.๔๒")]
    [InlineData("100", 2, true, "๑๐๐.๐๐")]
    [InlineData("100", 2, false, "100.00")]
    [InlineData("71.695", 2, true, "๗๑.๗๐")]
    [InlineData("-71.695", 2, false, "-71.70")]
    [InlineData("0.5", 0, false, "1")]
    [InlineData("2.5", 0, true, "๓")]
    [InlineData("1234567.891", 1, false, "1234567.9")]
    public void Format_Decimals_RoundsHalfAwayFromZero(string value, int decimals, bool thai, string expected)
    {
        var number = decimal.Parse(value, CultureInfo.InvariantCulture);
        Assert.Equal(expected, ThaiNumbers.Format(number, decimals, thai));
    }

    [Fact]
    public void Format_KeepsScale()
    {
        Assert.Equal("๑๐๐.๐๐", ThaiNumbers.Format(100.00m));
        Assert.Equal("-0.5", ThaiNumbers.Format(-0.5m, false));
        Assert.Equal("๙๐.๔๒", ThaiNumbers.Format(ThaiNumbers.Parse("๙0.4๒")));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Format_DecimalsOutOfRange_Throws(int decimals)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiNumbers.Format(1m, decimals));
    }
}
