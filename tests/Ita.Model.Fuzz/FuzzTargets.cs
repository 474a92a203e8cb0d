using System.Text;
using Ita.Model.Batch;
using Ita.Model.Documents;
using Ita.Model.Measures;
using Ita.Model.Serialization;
using Ita.Model.Thai;

namespace Ita.Model.Fuzz;

/// <summary>What a reader did with an input: read it, or rejected it with an <see cref="ItaValidationException"/>.
/// Anything else (another exception, a broken invariant) escapes as an exception and is a failure.</summary>
public enum FuzzOutcome
{
    /// <summary>The input was read (and its invariants hold).</summary>
    Accepted,

    /// <summary>The input was rejected with located problems.</summary>
    Rejected,
}

/// <summary>A reader's promise that does not hold for an input (e.g. what it wrote cannot be read back).</summary>
public sealed class FuzzInvariantException(string message) : Exception(message);

/// <summary>The readers under test and the promises checked on each input (docs/reliability.md): every bad input is
/// an <see cref="ItaValidationException"/> whose problems all carry a path; what is read is scored or written without
/// another exception; what is written reads back to the same text.</summary>
public static class FuzzTargets
{
    /// <summary>The targets, in the order the harness cycles through them.</summary>
    public static readonly string[] Names =
        ["assessment", "scoreCard", "edition", "measurePlan", "measureStatus", "validate", "thaiText", "yearCsv", "yearOitCsv", "yearJson"];

    /// <summary>Year targets: the year readers (helper-owned files); kept out of the CI run while they fail.</summary>
    public static readonly string[] YearTargets = ["yearCsv", "yearOitCsv", "yearJson"];

    /// <summary>Runs one input through a target.</summary>
    /// <param name="target">One of <see cref="Names"/>.</param>
    /// <param name="input">The input bytes.</param>
    /// <returns>What the reader did.</returns>
    public static FuzzOutcome Run(string target, byte[] input)
    {
        try
        {
            switch (target)
            {
                case "assessment": Assessment(input); break;
                case "scoreCard": ScoreCard(input); break;
                case "edition": EditionTarget(input); break;
                case "measurePlan": Plan(input); break;
                case "measureStatus": Status(input); break;
                case "validate": Validate(input); break;
                case "thaiText": return ThaiText(input);
                case "yearCsv": YearCsvTarget(input, oit: false); break;
                case "yearOitCsv": YearCsvTarget(input, oit: true); break;
                case "yearJson": YearJsonTarget(input); break;
                default: throw new ArgumentException($"Unknown target '{target}'.", nameof(target));
            }

            return FuzzOutcome.Accepted;
        }
        catch (ItaValidationException ex)
        {
            CheckProblems(ex);
            return FuzzOutcome.Rejected;
        }
    }

    private static void CheckProblems(ItaValidationException ex)
    {
        if (ex.Problems.Count == 0)
        {
            throw new FuzzInvariantException("An ItaValidationException without problems.");
        }

        foreach (var p in ex.Problems)
        {
            if (string.IsNullOrWhiteSpace(p.Path) || string.IsNullOrWhiteSpace(p.Code))
            {
                throw new FuzzInvariantException($"A problem without a path or code: {p}");
            }
        }
    }

    private static void Assessment(byte[] input)
    {
        var document = AssessmentDocument.Load(new MemoryStream(input), "fuzz.json");
        var written = document.ToJson();
        var again = AssessmentDocument.Parse(written, "written.json");
        if (!string.Equals(again.ToJson(), written, StringComparison.Ordinal))
        {
            throw new FuzzInvariantException("An assessment document does not read back to the text written.");
        }

        var validation = ItaJson.Validate(new MemoryStream(input), "fuzz.json");
        if (!validation.IsValid)
        {
            throw new FuzzInvariantException("ItaJson.Validate rejects an assessment document AssessmentDocument reads: " + validation.Problems[0]);
        }

        if (document.HasData)
        {
            // Scoring may reject an incomplete document (and validate must then say so), never crash.
            try
            {
                document.Score();
                if (validation.CanBeScored == false)
                {
                    throw new FuzzInvariantException("Validate says the document cannot be scored, but it was.");
                }
            }
            catch (ItaValidationException ex)
            {
                CheckProblems(ex);
                if (validation.CanBeScored != false)
                {
                    throw new FuzzInvariantException("Validate says the document can be scored, but scoring rejects it: " + ex.Problems[0]);
                }
            }
        }
    }

    private static void ScoreCard(byte[] input)
    {
        var document = ScoreCardDocument.Load(new MemoryStream(input), "fuzz.json");
        var written = document.ToJson();
        if (!string.Equals(ScoreCardDocument.Parse(written, "written.json").ToJson(), written, StringComparison.Ordinal))
        {
            throw new FuzzInvariantException("A score card does not read back to the text written.");
        }
    }

    private static void EditionTarget(byte[] input)
    {
        var edition = Edition.Load(new MemoryStream(input), "fuzz.json");

        // Cause (d) of issue 10: an edition Edition.Parse accepts must be usable by the batch engine.
        _ = new YearDataBuilder(edition);
        if (!string.Equals(Edition.Parse(edition.ToJson(), "again.json").ToJson(), edition.ToJson(), StringComparison.Ordinal))
        {
            throw new FuzzInvariantException("An edition does not read back from its own JSON.");
        }
    }

    private static void Plan(byte[] input)
    {
        var plan = MeasurePlan.Load(new MemoryStream(input), "fuzz.json");
        var written = plan.ToJson();
        if (!string.Equals(MeasurePlan.Parse(written, "written.json").ToJson(), written, StringComparison.Ordinal))
        {
            throw new FuzzInvariantException("A measure plan does not read back to the text written.");
        }
    }

    private static void Status(byte[] input)
    {
        var log = MeasureStatusLog.Load(new MemoryStream(input), "fuzz.json");
        var written = log.ToJson();
        if (!string.Equals(MeasureStatusLog.Parse(written, "written.json").ToJson(), written, StringComparison.Ordinal))
        {
            throw new FuzzInvariantException("A status log does not read back to the text written.");
        }
    }

    private static void Validate(byte[] input)
    {
        var result = ItaJson.Validate(new MemoryStream(input), "fuzz.json");
        foreach (var p in result.Problems)
        {
            if (string.IsNullOrWhiteSpace(p.Path))
            {
                throw new FuzzInvariantException($"A problem without a path: {p}");
            }
        }
    }

    /// <summary>The Thai text parsers get the input as UTF-16 code units (so lone surrogates and any other
    /// <see cref="char"/> reach them), each parser through its Try and its throwing form.</summary>
    private static FuzzOutcome ThaiText(byte[] input)
    {
        var chars = new char[input.Length / 2];
        Buffer.BlockCopy(input, 0, chars, 0, chars.Length * 2);
        var text = new string(chars);
        var accepted = 0;
        accepted += Try(ThaiNumbers.TryParse(text, null, out _, out var p1), p1, () => ThaiNumbers.Parse(text));
        accepted += Try(ThaiCalendar.TryParseDate(text, null, out _, out var p2), p2, () => ThaiCalendar.ParseDate(text));
        accepted += Try(ThaiCalendar.TryParseMonthRange(text, null, out _, out var p3), p3, () => ThaiCalendar.ParseMonthRange(text));
        accepted += Try(ThaiCalendar.TryParsePeriod(text, null, out _, out var p4), p4, () => ThaiCalendar.ParsePeriod(text));
        _ = ThaiCalendar.TryParseMonthName(text, out _);
        _ = ThaiNumbers.ToArabicDigits(text);
        return accepted > 0 ? FuzzOutcome.Accepted : FuzzOutcome.Rejected;

        static int Try(bool ok, ValidationProblem? problem, Action parse)
        {
            if (!ok && problem is null)
            {
                throw new FuzzInvariantException("A Thai parser failed without a problem.");
            }

            try
            {
                parse();
                if (!ok)
                {
                    throw new FuzzInvariantException("A Thai parser's Try form fails where its throwing form succeeds.");
                }
            }
            catch (ItaValidationException ex)
            {
                CheckProblems(ex);
                if (ok)
                {
                    throw new FuzzInvariantException("A Thai parser's throwing form fails where its Try form succeeds.");
                }
            }

            return ok ? 1 : 0;
        }
    }

    /// <summary>Answers CSV (or the OIT CSV with a one-row answers file), read in stop and in skip mode; what is read
    /// is scored.</summary>
    private static void YearCsvTarget(byte[] input, bool oit)
    {
        var answers = oit ? Encoding.UTF8.GetBytes("unit,tool,respondent,item,part,answer\nU1,iit,1,i1,,3\n") : input;
        var oitFile = oit ? input : null;
        foreach (var mode in new[] { BadRowHandling.Stop, BadRowHandling.Skip })
        {
            var options = new YearReadOptions { FiscalYear = 2568, OnBadRow = mode };
            var year = YearData.LoadCsv(new MemoryStream(answers), oitFile is null ? null : new MemoryStream(oitFile), "answers.csv", "oit.csv", options);
            _ = new BatchEngine(1).Score(year);
        }
    }

    /// <summary>JSON Lines or a JSON array of assessment documents, read in stop and in skip mode; what is read is
    /// scored.</summary>
    private static void YearJsonTarget(byte[] input)
    {
        foreach (var mode in new[] { BadRowHandling.Stop, BadRowHandling.Skip })
        {
            var year = YearData.LoadJson(new MemoryStream(input), "year.jsonl", new YearReadOptions { OnBadRow = mode });
            _ = new BatchEngine(1).Score(year);
        }
    }
}
