using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model;

/// <summary>The score of one item.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ItemScore
{
    internal ItemScore(QuestionItem item, Score score, InputLevel source, int? respondents)
    {
        Item = item;
        Score = score;
        Source = source;
        Respondents = respondents;
    }

    /// <summary>Gets the item.</summary>
    public QuestionItem Item { get; }

    /// <summary>Gets the item code.</summary>
    public string Code => Item.Code;

    /// <summary>Gets the score.</summary>
    public Score Score { get; }

    /// <summary>Gets the level the score was computed from.</summary>
    public InputLevel Source { get; }

    /// <summary>Gets the number of respondents who answered the item (at least one part), when computed from IIT or
    /// EIT responses; otherwise <see langword="null"/>.</summary>
    public int? Respondents { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Score}";
}
