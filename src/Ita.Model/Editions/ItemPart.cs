namespace Ita.Model;

/// <summary>One separately answered part of a <see cref="QuestionItem"/> (e.g. 2564 i1 a and b).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ItemPart
{
    internal ItemPart(string code, string thai, string? english, AnswerScale scale)
    {
        Code = code;
        Thai = thai;
        English = english;
        Scale = scale;
    }

    /// <summary>Gets the part's code within its item (<c>a</c>, <c>b</c> …), or the empty string for the single part
    /// of a single-part item.</summary>
    public string Code { get; }

    /// <summary>Gets the part's Thai wording.</summary>
    public string Thai { get; }

    /// <summary>Gets an English gloss, or <see langword="null"/>.</summary>
    public string? English { get; }

    /// <summary>Gets the scale the part is answered on.</summary>
    public AnswerScale Scale { get; }

    /// <inheritdoc/>
    public override string ToString() => Code.Length == 0 ? Thai : $"{Code}: {Thai}";
}
