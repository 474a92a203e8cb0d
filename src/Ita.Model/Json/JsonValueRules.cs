using System.Globalization;
using System.Text.Json;

namespace Ita.Model.Json;

/// <summary>The rules for JSON values, with their messages, that every reader of the document formats applies: the
/// binder over the parsed tree (<see cref="JsonBinder"/>) and the forward-only readers (<see cref="DocumentHeaderReader"/>,
/// <see cref="ResponsesGrammar"/>), so that the same value gives the same problem whichever reads it.</summary>
internal static class JsonValueRules
{
    /// <summary>The message of a value of the wrong type (<c>wrong-type</c>).</summary>
    /// <param name="expected">What was expected, e.g. "a number".</param>
    /// <param name="found">What was found, e.g. "a string" (<see cref="KindName"/>, <see cref="JNode.KindName"/>).</param>
    /// <returns>The message.</returns>
    public static string WrongType(string expected, string found) => $"Expected {expected}, found {found}.";

    /// <summary>What a token is, in messages ("an object", "a number", "null"), as <see cref="JNode.KindName"/>.</summary>
    /// <param name="token">The token at the start of a value.</param>
    /// <returns>The words.</returns>
    public static string KindName(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };

    /// <summary>The problem of a string where a number is expected: a number in quotes (<c>number-as-string</c>),
    /// <c>"NaN"</c> or an infinity (<c>not-a-number</c>), else <c>wrong-type</c>.</summary>
    /// <param name="text">The string.</param>
    /// <returns>The code and message.</returns>
    public static (string Code, string Message) StringForNumber(string text)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return (ProblemCodes.NumberAsString, $"Expected a number, found the string \"{JsonSource.Shorten(text)}\"; write numbers without quotes.");
        }

        return text is "NaN" or "Infinity" or "-Infinity" or "+Infinity"
            ? (ProblemCodes.NotANumber, $"Expected a number, found the string \"{text}\": JSON has no NaN or Infinity; write a finite number such as 90.42.")
            : (ProblemCodes.WrongType, WrongType("a number", "a string"));
    }

    /// <summary>A JSON number as a whole <see cref="int"/>: exact (never rounded: <c>number-precision</c>,
    /// <c>number-range</c>), whole and within <see cref="int"/> (<c>not-integer</c>), as <see cref="JsonBinder.AsInt"/>.</summary>
    /// <param name="raw">The number as written.</param>
    /// <param name="value">The number, when it is one.</param>
    /// <returns>The problem's code and message, or <see langword="null"/>.</returns>
    public static (string Code, string Message)? WholeNumber(string raw, out int value)
    {
        value = 0;
        var fit = ExactDecimal.Parse(raw, NumberStyles.Float, out var exact);
        if (fit != DecimalFit.Exact)
        {
            return (fit == DecimalFit.Inexact ? ProblemCodes.NumberPrecision : ProblemCodes.NumberRange, ExactDecimal.Problem(fit, raw)!);
        }

        if (decimal.Truncate(exact) != exact || exact < int.MinValue || exact > int.MaxValue)
        {
            return (ProblemCodes.NotInteger, AnswerRules.NotWhole(raw));
        }

        value = (int)exact;
        return null;
    }

    /// <summary>The message of an empty or white-space string where text is needed (<c>empty-string</c>).</summary>
    /// <param name="required">Whether the property is required (else it may be left out or null).</param>
    /// <returns>The message.</returns>
    public static string EmptyString(bool required) => required
        ? "The value must not be empty."
        : "The value must not be empty or white space; leave the property out (or write null) when there is no value.";
}
