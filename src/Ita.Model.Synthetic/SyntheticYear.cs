using System.Globalization;
using Ita.Model.Batch;

namespace Ita.Model.Synthetic;

/// <summary>A deterministic synthetic year: realistic, made-up raw data at national scale for benchmarks and tests
/// (<c>ita synth</c>). Test data, not part of the Ita.Model package.</summary>
/// <remarks>
/// <para>Units differ in size (most are small local units, a few are large) and in quality: most answer high, some
/// units are weak; some items are answered lower everywhere, as in published results (e.g. 2568 i10); about 0.3 % of
/// answers are skipped; OIT items are mostly disclosed. Every draw comes from an explicit xoshiro256** generator seeded
/// by SplitMix64, using integer arithmetic only, so a seed gives the same data everywhere.</para>
/// <para>The data is synthetic: no real unit's answers are in it.</para>
/// </remarks>
public static class SyntheticYear
{
    /// <summary>Generates a year.</summary>
    /// <param name="options">The size and seed, or <see langword="null"/> for a national FY 2568 year.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, there are no units, or there are fewer
    /// respondents than units.</exception>
    public static YearData Generate(SyntheticYearOptions? options = null)
    {
        options ??= new SyntheticYearOptions();
        if (options.Units < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Units, "There must be at least one unit.");
        }

        if (options.IitRespondents < options.Units || options.EitRespondents < options.Units)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Every unit needs at least one IIT and one EIT respondent: give at least as many respondents per tool as units.");
        }

        var edition = options.Edition ?? Edition.ForFiscalYear(2568);
        var builder = new YearDataBuilder(edition, edition.FiscalYears.Count == 1 ? edition.FiscalYears[0] : null);
        var random = new Xoshiro256(options.Seed);
        var units = options.Units;

        // Unit sizes and qualities.
        var sizes = new long[units];
        var quality = new int[units];
        for (var u = 0; u < units; u++)
        {
            var kind = random.Below(100);
            sizes[u] = (long)(kind < 70 ? 40 + random.Below(60) : kind < 92 ? 100 + random.Below(150) : 250 + random.Below(750));
            var q = random.Below(100);
            quality[u] = q < 80 ? 900 + (int)random.Below(91) : q < 95 ? 750 + (int)random.Below(150) : 400 + (int)random.Below(350);
        }

        var iitCounts = Allocate(sizes, options.IitRespondents);
        var eitCounts = Allocate(sizes, options.EitRespondents);
        var iit = new ToolModel(builder.Buffer(Tool.Iit), random);
        var eit = new ToolModel(builder.Buffer(Tool.Eit), random);
        var oitPenalty = builder.OitCodes.Select(_ => (int)random.Below(120)).ToArray();
        var width = units.ToString(CultureInfo.InvariantCulture).Length;
        for (var u = 0; u < units; u++)
        {
            var number = (u + 1).ToString(CultureInfo.InvariantCulture);
            builder.BeginUnit("U" + number.PadLeft(Math.Max(5, width), '0'), "หน่วยงานสังเคราะห์ " + number);
            iit.Fill(iitCounts[u], quality[u], random);
            eit.Fill(eitCounts[u], quality[u], random);
            for (var k = 0; k < oitPenalty.Length; k++)
            {
                var p = Math.Clamp(quality[u] + 40 - oitPenalty[k], 100, 1000);
                builder.SetOit(u, k, random.Below(1000) < (ulong)p);
            }
        }

        return builder.Build();
    }

    /// <summary>Splits <paramref name="total"/> over units: one each, the rest in proportion to their sizes (largest
    /// remainders first, ties by unit order).</summary>
    private static int[] Allocate(long[] sizes, int total)
    {
        var counts = new int[sizes.Length];
        long weight = 0;
        foreach (var s in sizes)
        {
            weight += s;
        }

        long rest = total - sizes.Length;
        long given = 0;
        var remainders = new (long Remainder, int Unit)[sizes.Length];
        for (var u = 0; u < sizes.Length; u++)
        {
            var share = rest * sizes[u];
            counts[u] = 1 + (int)(share / weight);
            given += counts[u] - 1;
            remainders[u] = (share % weight, u);
        }

        Array.Sort(remainders, static (a, b) => a.Remainder != b.Remainder ? b.Remainder.CompareTo(a.Remainder) : a.Unit.CompareTo(b.Unit));
        for (var i = 0; i < rest - given; i++)
        {
            counts[remainders[i].Unit]++;
        }

        return counts;
    }

    /// <summary>How one survey tool's answers are drawn.</summary>
    private sealed class ToolModel
    {
        private const int SkipPerMille = 3;
        private readonly YearDataBuilder.ToolBuffer _buffer;
        private readonly int[] _penalty;
        private readonly byte[][] _levelByRank;

        public ToolModel(YearDataBuilder.ToolBuffer buffer, Xoshiro256 random)
        {
            _buffer = buffer;
            var columns = buffer.Columns;
            _penalty = new int[columns.Length];
            _levelByRank = new byte[columns.Length][];
            for (var c = 0; c < columns.Length; c++)
            {
                // A few items are answered lower everywhere.
                _penalty[c] = random.Below(10) == 0 ? 150 + (int)random.Below(250) : (int)random.Below(60);

                // Rank 0 is the best level (most points), whatever the wording's order.
                var levels = columns[c].Item.Parts[columns[c].Part].Scale.Levels;
                _levelByRank[c] = levels.OrderByDescending(l => l.Points).ThenBy(l => l.Index).Select(l => (byte)l.Index).ToArray();
            }
        }

        public void Fill(int respondents, int quality, Xoshiro256 random)
        {
            var width = _levelByRank.Length;
            for (var r = 0; r < respondents; r++)
            {
                var row = _buffer.Row(_buffer.AddRespondent());
                for (var c = 0; c < width; c++)
                {
                    var bits = random.Next();
                    if ((((bits & 0xFFFF_FFFFUL) * 1000) >> 32) < SkipPerMille)
                    {
                        row[c] = YearDataBuilder.GivenSkipped;
                        continue;
                    }

                    // P(best) = quality − penalty (‰); the rest falls on the next levels 60 : 25 : 15.
                    var best = (ulong)Math.Clamp(quality - _penalty[c], 50, 995) * 1000;
                    var ranks = _levelByRank[c];
                    int rank;
                    var x = ((bits >> 32) * 1_000_000) >> 32;
                    if (x < best)
                    {
                        rank = 0;
                    }
                    else
                    {
                        var worse = (x - best) * 100 / (1_000_000 - best);
                        rank = worse < 60 ? 1 : worse < 85 ? 2 : 3;
                    }

                    row[c] = ranks[Math.Min(rank, ranks.Length - 1)];
                }
            }
        }
    }
}
