using System.Globalization;
using System.Text;
using System.Text.Json;
using Ita.Model.Documents;

namespace Ita.Model.Tests;

/// <summary>Generates <c>Fixtures/responses/g2-bankum-2568-responses.json</c>: respondents and an OIT checklist whose
/// item means are exactly อบต.บ้านกุ่ม's published FY 2568 item scores (golden G2), read from the golden item fixture.</summary>
/// <remarks>
/// Only the item means are published; the respondents are a deterministic reconstruction. With <c>n</c> respondents
/// on a scale whose top level has <c>max</c> points, an item scores <c>points × 100 / (n × max)</c>, so the published
/// 2-decimal score <c>s</c> needs <c>P = round(s × n × max / 100)</c> points in total (checked to round back to
/// <c>s</c>). IIT needs 50 respondents (87.33 = 131 / 150), EIT 200 (99.50 = 597 / 600). The points are spread as
/// evenly as possible (each respondent gets ⌊P/n⌋ or ⌊P/n⌋ + 1, the extra points starting at a different respondent
/// for each item), and each respondent's points are turned into the level of the item's own scale that has them — so
/// reverse-scored items (L-) and yes/no polarity (YN-) come from the edition data, not from this code.
/// <see cref="ResponseFixtureTests"/> checks that the committed file is exactly what this writes.
/// </remarks>
internal static class BankumResponses
{
    public const int IitRespondents = 50;
    public const int EitRespondents = 200;
    public const string FixtureName = "g2-bankum-2568-responses.json";

    /// <summary>The OIT items published as 0 (golden G2).</summary>
    public static readonly string[] UndisclosedOit = ["o7", "o12", "o13", "o26"];

    public static AssessmentDocument PublishedItems() => AssessmentDocument.LoadFile(Fixtures.Golden("g2-bankum-2568-items.json"));

    public static ResponseSet Build()
    {
        var edition = Edition.ForFiscalYear(2568);
        var published = PublishedItems().ItemScores;
        return new ResponseSet(
            Survey(edition, Tool.Iit, IitRespondents, published),
            Survey(edition, Tool.Eit, EitRespondents, published),
            edition.Items.Where(i => i.Tool == Tool.Oit).Select(i => new KeyValuePair<string, OitCheck>(i.Code, Check(i, published[i.Code]))));
    }

    /// <summary>The fixture document's text (UTF-8 JSON, LF line ends, final newline).</summary>
    public static string DocumentText()
    {
        var edition = Edition.ForFiscalYear(2568);
        var unit = PublishedItems().Unit!;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ScoreCardJson.WriterOptions with { NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            w.WriteNumber("fiscalYear", 2568);
            w.WriteStartObject("unit");
            w.WriteString("name", unit.Name);
            w.WriteString("type", unit.Type);
            w.WriteEndObject();
            w.WritePropertyName("responses");
            ResponsesJson.Write(w, Build(), edition);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Points of each respondent: <paramref name="total"/> spread over <paramref name="count"/> respondents,
    /// the extra points starting at <paramref name="offset"/>.</summary>
    public static int[] Spread(int total, int count, int offset)
    {
        var points = new int[count];
        for (var k = 0; k < count; k++)
        {
            points[(offset + k) % count] = (total / count) + (k < total % count ? 1 : 0);
        }

        return points;
    }

    private static List<Respondent> Survey(Edition edition, Tool tool, int count, IReadOnlyDictionary<string, decimal> published)
    {
        var answers = Enumerable.Range(0, count).Select(_ => new List<KeyValuePair<string, int?>>()).ToArray();
        foreach (var item in edition.Items.Where(i => i.Tool == tool))
        {
            var scale = item.Scale ?? throw new InvalidOperationException($"{item.Code} has parts on different scales.");
            var score = published[item.Code];
            var total = (int)Math.Round(score * count * scale.MaxPoints / 100m, MidpointRounding.AwayFromZero);
            if (Math.Round(total * 100m / (count * scale.MaxPoints), 2, MidpointRounding.AwayFromZero) != score)
            {
                throw new InvalidOperationException($"{item.Code} = {score.ToString(CultureInfo.InvariantCulture)} is not reproducible by {count.ToString(CultureInfo.InvariantCulture)} respondents on scale {scale.Id}.");
            }

            var perRespondent = Spread(total, count, (item.Index * 7) % count);
            for (var r = 0; r < count; r++)
            {
                var level = scale.Levels.Single(l => l.Points == perRespondent[r]);
                answers[r].Add(new(item.Code, level.Index));
            }
        }

        return answers.Select(Respondent.FromLevels).ToList();
    }

    private static OitCheck Check(QuestionItem item, decimal published) => published switch
    {
        100m => new OitCheck(disclosed: true),
        0m => new OitCheck(disclosed: false, note: "ไม่ผ่านการตรวจ: คะแนนที่เผยแพร่ของข้อนี้เป็น 0 (synthetic note; the published item score is 0)"),
        _ => throw new InvalidOperationException($"OIT item {item.Code} scores {published.ToString(CultureInfo.InvariantCulture)}, not 0 or 100."),
    };
}
