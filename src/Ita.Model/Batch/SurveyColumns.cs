using System.Collections.ObjectModel;
using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>The answers of one survey tool: per unit a block of <c>respondents × columns</c> bytes, column-major.</summary>
internal sealed class SurveyColumns
{
    public const byte Skipped = 255;

    public SurveyColumns(Tool tool, SurveyColumn[] columns, byte[][] chunks, int[] unitChunk, int[] unitOffset, int[] unitRespondents)
    {
        Tool = tool;
        Columns = columns;
        Chunks = chunks;
        UnitChunk = unitChunk;
        UnitOffset = unitOffset;
        UnitRespondents = unitRespondents;
    }

    public Tool Tool { get; }

    public SurveyColumn[] Columns { get; }

    public byte[][] Chunks { get; }

    public int[] UnitChunk { get; }

    public int[] UnitOffset { get; }

    public int[] UnitRespondents { get; }

    public long ResidentBytes
    {
        get
        {
            long bytes = 0;
            foreach (var chunk in Chunks)
            {
                bytes += chunk.LongLength;
            }

            return bytes;
        }
    }

    /// <summary>The block of a unit: column <c>c</c> is <c>block.Slice(c * n, n)</c> for its <c>n</c> respondents.</summary>
    public ReadOnlySpan<byte> Block(int unit)
    {
        var n = UnitRespondents[unit];
        return n == 0 ? default : Chunks[UnitChunk[unit]].AsSpan(UnitOffset[unit], n * Columns.Length);
    }

    public Respondent[] Respondents(int unit)
    {
        var n = UnitRespondents[unit];
        var block = Block(unit);
        var result = new Respondent[n];
        for (var r = 0; r < n; r++)
        {
            var answers = new List<KeyValuePair<string, IReadOnlyList<int?>>>();
            for (var c = 0; c < Columns.Length; c += Columns[c].PartCount)
            {
                var column = Columns[c];
                var parts = new int?[column.PartCount];
                var any = false;
                for (var p = 0; p < parts.Length; p++)
                {
                    var b = block[((c + p) * n) + r];
                    if (b != Skipped)
                    {
                        parts[p] = b;
                        any = true;
                    }
                }

                if (any)
                {
                    answers.Add(new(column.Code, parts));
                }
            }

            result[r] = new Respondent(answers);
        }

        return result;
    }
}
