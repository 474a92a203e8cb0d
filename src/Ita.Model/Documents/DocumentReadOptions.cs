using System.Globalization;

namespace Ita.Model.Documents;

/// <summary>How documents are read: what to do with properties the contract does not define, which editions are
/// known, and the limits that bound the work on hostile input.</summary>
/// <remarks>Immutable once constructed (init-only properties, each validated when set) and thread-safe.</remarks>
public sealed class DocumentReadOptions
{
    private readonly int _maxDepth = 64;
    private readonly long _maxBytes = 64L * 1024 * 1024;
    private readonly int _maxRespondents = Json.JsonLimits.DefaultMaxArrayLength;
    private readonly int _maxAnswers = Json.JsonLimits.DefaultMaxProperties;

    /// <summary>Gets the default options: unknown properties preserved, built-in editions, 64 levels, 64 MiB.</summary>
    public static DocumentReadOptions Default { get; } = new();

    /// <summary>Gets strict options: every property the contract does not define is a problem.</summary>
    public static DocumentReadOptions Strict { get; } = new() { RejectUnknownProperties = true };

    /// <summary>Gets a value indicating whether properties the contract does not define are rejected (one problem
    /// each) instead of preserved.</summary>
    /// <remarks>By default they are preserved where the contract allows them (the top level, <c>unit</c>,
    /// <c>published</c> and each of its <c>alternatives</c>) and written back on write; anywhere else they are always
    /// problems. Never silently dropped.</remarks>
    public bool RejectUnknownProperties { get; init; }

    /// <summary>Gets the editions documents are checked against, or <see langword="null"/> for the built-in ones.</summary>
    public IEditionRegistry? Editions { get; init; }

    /// <summary>Gets the deepest nesting of objects and arrays accepted (default 64).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 8 or above 256.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is >= 8 and <= 256 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDepth must be between 8 and 256.");
    }

    /// <summary>Gets the largest document accepted, in UTF-8 bytes (default 64 MiB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above <see cref="int.MaxValue"/>.</exception>
    public long MaxBytes
    {
        get => _maxBytes;
        init => _maxBytes = value is >= 1 and <= int.MaxValue ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxBytes must be between 1 and " + int.MaxValue.ToString(CultureInfo.InvariantCulture) + ".");
    }

    internal IEditionRegistry Registry => Editions ?? BuiltInEditions.Registry;

    /// <summary>Gets the most respondents of one survey tool in a document (a unit), which is also the longest array
    /// any document may hold; default 100,000. A longer array stops reading with a <c>limit</c> problem, so that
    /// memory stays proportional to what is read (docs/reliability.md).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxRespondentsPerUnit
    {
        get => _maxRespondents;
        init => _maxRespondents = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxRespondentsPerUnit must be at least 1.");
    }

    /// <summary>Gets the most answers of one respondent, which is also the most properties any object of a document
    /// may hold (item scores, OIT checks, unknown properties); default 1,000. More stop reading with a <c>limit</c>
    /// problem.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxAnswersPerRespondent
    {
        get => _maxAnswers;
        init => _maxAnswers = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxAnswersPerRespondent must be at least 1.");
    }

    internal Json.JsonLimits Limits => new(MaxDepth, MaxBytes, Json.JsonLimits.Default.MaxProblems, MaxRespondentsPerUnit, MaxAnswersPerRespondent);
}
