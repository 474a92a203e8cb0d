using System.Globalization;

namespace Ita.Model.Json;

/// <summary>Orders item codes the way editions list them: IIT (i…), EIT (e…), OIT (o…), then by number
/// (i2 before i10); other codes after, ordinally.</summary>
internal sealed class ItemCodeOrder : IComparer<string>
{
    public static readonly ItemCodeOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var (xRank, xPrefix, xNumber, xTail) = Split(x);
        var (yRank, yPrefix, yNumber, yTail) = Split(y);
        var c = xRank.CompareTo(yRank);
        if (c == 0)
        {
            c = string.CompareOrdinal(xPrefix, yPrefix);
        }

        if (c == 0)
        {
            c = xNumber.CompareTo(yNumber);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(xTail, yTail);
        }

        return c == 0 ? string.CompareOrdinal(x, y) : c;
    }

    private static (int Rank, string Prefix, decimal Number, string Tail) Split(string code)
    {
        var letters = 0;
        while (letters < code.Length && char.IsAsciiLetter(code[letters]))
        {
            letters++;
        }

        var digits = letters;
        while (digits < code.Length && char.IsAsciiDigit(code[digits]) && digits - letters < 20)
        {
            digits++;
        }

        var prefix = code[..letters];
        var rank = prefix.ToUpperInvariant() switch
        {
            "I" => 0,
            "E" => 1,
            "O" => 2,
            _ => 3,
        };
        var number = digits > letters ? decimal.Parse(code.AsSpan(letters, digits - letters), NumberStyles.None, CultureInfo.InvariantCulture) : -1m;
        return (rank, prefix, number, code[digits..]);
    }
}
