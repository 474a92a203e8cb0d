using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Documents;

namespace Ita.Model.Tests.Properties;

/// <summary>A generated case: an edition and a complete, valid response set for it. Prints as the responses' JSON (and,
/// for a generated edition, the edition's JSON) so a failing case can be read and replayed.</summary>
public sealed record ResponseCase(Edition Edition, ResponseSet Responses)
{
    public override string ToString() =>
        $"edition {Edition.Id}{(Edition.IsBuiltIn ? string.Empty : $" (generated) {Edition.ToJson()}")}\nresponses {ResponsesJson.ToJson(Responses, Edition, indented: false)}";
}

/// <summary>Generators of raw answers for any edition: 1–6 respondents per survey tool, each answering every part with a
/// random level or skipping it (about 1 in 9), leaving whole items out (about 1 in 11) or answering nothing at all
/// (about 1 in 25); every part that nobody answered is then given to respondent 0, so the set is complete. The OIT
/// checklist discloses about 3 items in 4, some with a URL and a note.</summary>
internal static class ResponseGen
{
    /// <summary>Cases on the built-in editions that know their items (raw answers do not apply to a partial edition).</summary>
    public static Gen<ResponseCase> BuiltIn() =>
        from edition in Gen.Elements(Edition.All.Where(e => !e.IsPartial).ToArray())
        from responses in For(edition)
        select new ResponseCase(edition, responses);

    /// <summary>Cases on generated editions (<see cref="EditionGen"/>).</summary>
    public static Gen<ResponseCase> Generated() =>
        from edition in EditionGen.Editions()
        from responses in For(edition)
        select new ResponseCase(edition, responses);

    public static Gen<ResponseSet> For(Edition edition) =>
        from iit in Survey(edition, Tool.Iit)
        from eit in Survey(edition, Tool.Eit)
        from oit in Checklist(edition)
        select new ResponseSet(iit, eit, oit);

    private static Gen<Respondent[]> Survey(Edition edition, Tool tool)
    {
        var items = edition.Items.Where(i => i.Tool == tool).ToArray();
        var answering = Gen.CollectToArray(items, ItemAnswers);
        var respondent = Gen.Frequency((1, Gen.Constant(new int?[]?[items.Length])), (24, answering));
        return from count in Gen.Choose(1, 6)
               from respondents in Gen.ArrayOf(respondent, count)
               from fallback in Gen.Choose(0, 1000)
               select Complete(items, respondents, fallback);
    }

    private static Gen<int?[]?> ItemAnswers(QuestionItem item) =>
        Gen.Frequency(
            (1, Gen.Constant<int?[]?>(null)),
            (10, Gen.CollectToArray(item.Parts, p => Answer(p.Scale)).Select(a => (int?[]?)a)));

    private static Gen<int?> Answer(AnswerScale scale) =>
        Gen.Frequency((1, Gen.Constant<int?>(null)), (8, Gen.Choose(0, scale.Levels.Count - 1).Select(i => (int?)i)));

    /// <summary>Gives every part nobody answered to respondent 0 (a level chosen from <paramref name="fallback"/>) and
    /// builds the respondents.</summary>
    private static Respondent[] Complete(QuestionItem[] items, int?[]?[][] generated, int fallback)
    {
        var answers = generated.Select(r => r.Select(a => a?.ToArray()).ToArray()).ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            for (var p = 0; p < items[i].Parts.Count; p++)
            {
                if (answers.All(r => r[i]?[p] is null))
                {
                    answers[0][i] ??= new int?[items[i].Parts.Count];
                    answers[0][i]![p] = (fallback + i + p) % items[i].Parts[p].Scale.Levels.Count;
                }
            }
        }

        return answers.Select(r => new Respondent(items.Select((item, i) => (item, parts: r[i]))
            .Where(x => x.parts is not null)
            .Select(x => new KeyValuePair<string, IReadOnlyList<int?>>(x.item.Code, x.parts!)))).ToArray();
    }

    private static Gen<KeyValuePair<string, OitCheck>[]> Checklist(Edition edition) =>
        Gen.CollectToArray(edition.Items.Where(i => i.Tool == Tool.Oit), item =>
            Gen.Frequency(
                (12, Gen.Constant(new OitCheck(true))),
                (4, Gen.Constant(new OitCheck(false))),
                (1, Gen.Elements(true, false).Select(d => new OitCheck(d, $"https://example.org/{item.Code}", "หมายเหตุผู้ตรวจ (assessor's note)"))))
            .Select(check => new KeyValuePair<string, OitCheck>(item.Code, check)));
}
