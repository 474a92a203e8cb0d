using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Documents;
using Ita.Model.Serialization;

namespace Ita.Model.Tests.Documents;

/// <summary>Hostile input: random mutations of valid documents (truncation, byte flips, deleted, duplicated and
/// inserted tokens) either read or raise the typed error, never another exception; the work is bounded (small inputs,
/// at most a fixed number of problems), so a hang would show as a CI time-out rather than a flaky timing assertion.</summary>
public sealed class MutationTests
{
    private static readonly byte[] Inserted = "{}[],:\"0123456789.-+eE tfn\\\u0000\n"u8.ToArray();

    private static readonly Lazy<Seed[]> Seeds = new(() =>
    [
        Seed.Of("g1 indicators", File.ReadAllBytes(Fixtures.Golden("g1-khamriang-2564.json"))),
        Seed.Of("g2 items", File.ReadAllBytes(Fixtures.Golden("g2-bankum-2568-items.json"))),
        Seed.Of("g2 published", File.ReadAllBytes(Fixtures.Golden("g2-bankum-2568-published.json"))),
        Seed.Of("g3 oit checklist", File.ReadAllBytes(Fixtures.Path("responses", "g3-row6-2564-oit-checklist.json"))),
        Seed.Of("worked example responses", File.ReadAllBytes(Fixtures.Path("responses", "worked-example-2568.json"))),
        Seed.Of("g1 score card", Encoding.UTF8.GetBytes(new ScoreCardDocument(AssessmentDocument.LoadFile(Fixtures.Golden("g1-khamriang-2564.json")).Score()).ToJson())),
        Seed.Of("g5 measure status", File.ReadAllBytes(Fixtures.Path("measures", "g5-ummao-2565-status.json"))),
        Seed.Of("kept properties", Encoding.UTF8.GetBytes("""{"schemaVersion": 1, "fiscalYear": 2568, "x": {"a": [1, 2, {"b": null}]}, "unit": {"name": "อบต.", "y": "ค่า"}, "indicatorScores": {"1": 93.55, "10": 90.00}}""")),
    ]);

    /// <summary>Mutants of the valid seed documents: 1–3 mutations each.</summary>
    private static readonly Lazy<Gen<Mutant>> Mutants = new(() =>
        from seed in Gen.Elements(Seeds.Value)
        from count in Gen.Choose(1, 3)
        from mutations in Gen.ListOf(Mutation(seed.Bytes.Length, seed.Tokens.Length), count)
        select new Mutant(seed, [.. mutations]));

    [Fact]
    public void TheSeeds_AreValidDocuments()
    {
        Assert.Equal(8, Seeds.Value.Length);
        Assert.All(Seeds.Value, s => Assert.True(ItaJson.Validate(new MemoryStream(s.Bytes)).IsValid, s.Name + " is a valid seed"));
    }

    [ItaProperty(10_000)]
    public Property TenThousandMutationsOfValidDocuments_EachReadsOrRaisesTheTypedError() =>
        Prop.ForAll(Mutants.Value.ToArbitrary(), (Mutant m) => { ReadsOrRaisesTheTypedError(m); });

    [Fact]
    public void MostMutations_BreakTheDocument()
    {
        // The property above is only as strong as its mutants: most must break the document (some, e.g. in a string, do not).
        var mutants = Mutants.Value.Sample(2_000, new Rnd(20_261_201UL), 50);
        Assert.Equal(2_000, mutants.Length);
        Assert.InRange(mutants.Count(m => !ReadsOrRaisesTheTypedError(m)), 1_000, 2_000);
    }

    [ItaProperty(500)]
    public Property EditionMutations_ReadOrRaiseTheTypedError()
    {
        var edition = Seed.Of("edition 2568", Encoding.UTF8.GetBytes(Edition.ForFiscalYear(2568).ToJson()));
        var gen = from mutation in Mutation(edition.Bytes.Length, edition.Tokens.Length) select new Mutant(edition, [mutation]);
        return Prop.ForAll(gen.ToArbitrary(), (Mutant m) => { ReadsOrRaisesTheTypedError(m); });
    }

    /// <summary>Reads the mutant every way; returns whether it is a valid document of some kind.</summary>
    private static bool ReadsOrRaisesTheTypedError(Mutant mutant)
    {
        var bytes = mutant.Apply();

        // Any kind, through validation: never throws, reports a bounded list of located problems.
        var result = ItaJson.Validate(new MemoryStream(bytes), "mutant");
        Assert.True(result.Problems.Count <= 200, $"{result.Problems.Count} problems");
        Assert.All(result.Problems, p => Assert.True(p.Path.StartsWith('$') && p.Code.Length > 0 && p.Message.Length > 0, p.ToString()));

        // The assessment reader directly: a document, or ItaValidationException; a document that reads writes a
        // document that reads back to the same text.
        try
        {
            var document = AssessmentDocument.Load(new MemoryStream(bytes), "mutant");
            var written = document.ToJson();
            Assert.Equal(written, AssessmentDocument.Parse(written).ToJson());
        }
        catch (ItaValidationException ex)
        {
            Assert.NotEmpty(ex.Problems);
        }

        try
        {
            var card = ScoreCardDocument.Load(new MemoryStream(bytes), "mutant");
            Assert.Equal(card.ToJson(), ScoreCardDocument.Parse(card.ToJson()).ToJson());
        }
        catch (ItaValidationException ex)
        {
            Assert.NotEmpty(ex.Problems);
        }

        return result.IsValid;
    }

    private static Gen<MutationStep> Mutation(int length, int tokens) =>
        Gen.OneOf(
            from at in Gen.Choose(0, length) select new MutationStep(MutationKind.Truncate, at, 0),
            from at in Gen.Choose(0, length - 1) from mask in Gen.Choose(1, 255) select new MutationStep(MutationKind.FlipByte, at, mask),
            from token in Gen.Choose(0, tokens - 1) select new MutationStep(MutationKind.DeleteToken, token, 0),
            from token in Gen.Choose(0, tokens - 1) select new MutationStep(MutationKind.DuplicateToken, token, 0),
            from at in Gen.Choose(0, length) from b in Gen.Choose(0, Inserted.Length - 1) select new MutationStep(MutationKind.InsertByte, at, Inserted[b]),
            from a in Gen.Choose(0, tokens - 1) from b in Gen.Choose(0, tokens - 1) select new MutationStep(MutationKind.SwapTokens, a, b));

    public enum MutationKind
    {
        Truncate,
        FlipByte,
        DeleteToken,
        DuplicateToken,
        InsertByte,
        SwapTokens,
    }

    /// <summary>One mutation: its kind, a byte offset or token index, and a second value (mask, byte, token).</summary>
    public sealed record MutationStep(MutationKind Kind, int At, int Value);

    /// <summary>A valid document and the byte spans of its tokens.</summary>
    public sealed record Seed(string Name, byte[] Bytes, (int Start, int Length)[] Tokens)
    {
        public static Seed Of(string name, byte[] bytes)
        {
            var tokens = new List<(int, int)>();
            var reader = new Utf8JsonReader(bytes);
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                tokens.Add((start, (int)reader.BytesConsumed - start));
            }

            return new Seed(name, bytes, [.. tokens]);
        }

        public override string ToString() => Name;
    }

    /// <summary>A seed and the mutations applied to it in order (offsets beyond the current length are clamped).</summary>
    public sealed record Mutant(Seed Seed, MutationStep[] Steps)
    {
        public byte[] Apply()
        {
            var bytes = new List<byte>(Seed.Bytes);
            foreach (var step in Steps)
            {
                var (start, length) = Seed.Tokens[Math.Min(step.At, Seed.Tokens.Length - 1)];
                start = Math.Min(start, bytes.Count);
                length = Math.Min(length, bytes.Count - start);
                switch (step.Kind)
                {
                    case MutationKind.Truncate:
                        bytes.RemoveRange(Math.Min(step.At, bytes.Count), bytes.Count - Math.Min(step.At, bytes.Count));
                        break;
                    case MutationKind.FlipByte when bytes.Count > 0:
                        var at = Math.Min(step.At, bytes.Count - 1);
                        bytes[at] = (byte)(bytes[at] ^ step.Value);
                        break;
                    case MutationKind.DeleteToken:
                        bytes.RemoveRange(start, length);
                        break;
                    case MutationKind.DuplicateToken:
                        bytes.InsertRange(start + length, bytes.GetRange(start, length));
                        break;
                    case MutationKind.InsertByte:
                        bytes.Insert(Math.Min(step.At, bytes.Count), (byte)step.Value);
                        break;
                    case MutationKind.SwapTokens:
                        var (other, otherLength) = Seed.Tokens[Math.Min(step.Value, Seed.Tokens.Length - 1)];
                        if (other >= start + length && other + otherLength <= bytes.Count)
                        {
                            var first = bytes.GetRange(start, length);
                            var second = bytes.GetRange(other, otherLength);
                            bytes.RemoveRange(other, otherLength);
                            bytes.InsertRange(other, first);
                            bytes.RemoveRange(start, length);
                            bytes.InsertRange(start, second);
                        }

                        break;
                }
            }

            return [.. bytes];
        }

        public override string ToString()
        {
            var text = Encoding.UTF8.GetString(Apply());
            return $"{Seed.Name} with {string.Join(", ", Steps.Select(s => $"{s.Kind}({s.At}, {s.Value})"))}:\n{(text.Length > 2000 ? text[..2000] + "…" : text)}";
        }
    }
}
