namespace Ita.Model;

/// <summary>How one item's answer was written in a JSON document: as an array (one answer per part) or a single value,
/// and which parts were JSON booleans (yes/no) rather than level numbers.</summary>
internal sealed class AnswerSyntax(bool isArray, bool[] booleans)
{
    public bool IsArray { get; } = isArray;

    /// <summary>Gets, per written answer, whether it was a JSON boolean.</summary>
    public IReadOnlyList<bool> Booleans { get; } = booleans;
}
